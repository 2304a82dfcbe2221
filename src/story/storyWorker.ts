import { runStoryJob } from './runStoryJob';
import { readStoryJob, type StoryReply } from './storyWorkerMessages';

// The story's checking thread: a 50 MB story is parsed and validated here, so the page keeps answering.
const scope = self as unknown as { postMessage(message: StoryReply): void };
const post = (reply: StoryReply): void => scope.postMessage(reply);

addEventListener('message', (e: MessageEvent<unknown>) => {
  const job = readStoryJob(e.data);
  if (!job) return;
  try {
    const outcome = runStoryJob(job, (progress) => post({ type: 'progress', progress }));
    if (!outcome.ok) return post({ type: 'failed', outcome });
    // The page parses the text it sent while this thread checks it: when the story is exactly that data (the usual case), no second copy is written or sent.
    post({ type: 'done', json: outcome.same === true ? null : JSON.stringify(outcome.story), notes: outcome.notes });
  } catch (error) {
    post({ type: 'failed', outcome: { ok: false, stage: 'load', message: `The story could not be read: ${error instanceof Error ? error.message : String(error)}` } });
  }
});
