import { ArticleError, parseArticle } from '../article/parseArticle';
import { storyWithinLimits } from '../extract/extractWithinLimits';
import { loadGazetteer } from '../gazetteer/loadGazetteer';
import { validateStory } from '../story/validateStory';
import { readWorkerRequest, storyInParts, type PlaceOffer, type WorkerReply } from './workerMessages';

// The authoring page's extraction thread: the 6 MB gazetteer and the pipeline live here, so the page never freezes.
const scope = self as unknown as { postMessage(message: WorkerReply): void };
const post = (reply: WorkerReply): void => scope.postMessage(reply);
const KINDS = new Set(['continent', 'country', 'region', 'area', 'city', 'landmark', 'water']);

async function extract(text: string, date: string | undefined): Promise<void> {
  post({ type: 'progress', stage: 'gazetteer' });
  const gazetteer = await loadGazetteer();
  post({ type: 'progress', stage: 'reading' });
  const article = parseArticle(text, date ? { date } : {});
  post({ type: 'progress', stage: 'finding' });
  // An article within its limit can still say more than one story holds: the story stops there.
  const { story, cutAt } = storyWithinLimits(article, { gazetteer });
  post({ type: 'progress', stage: 'checking' });
  const checked = validateStory(story);
  if (!checked.ok) throw new Error(`The extracted story does not validate: ${checked.errors.slice(0, 3).join('; ')}`);
  for (const message of storyInParts(checked.story, cutAt)) post(message);
}

async function lookup(id: number, name: string): Promise<void> {
  const gazetteer = await loadGazetteer();
  const offers: PlaceOffer[] = gazetteer
    .lookup(name.slice(0, 200))
    .filter((e) => KINDS.has(e.kind))
    .slice(0, 12)
    .map((e) => ({ gazetteerId: e.id, name: e.name, kind: e.kind, lat: e.lat, lon: e.lon, countryCode: e.countryCode, population: e.population }));
  post({ type: 'lookup', id, offers });
}

addEventListener('message', (e: MessageEvent<unknown>) => {
  const request = readWorkerRequest(e.data);
  if (!request) return;
  const run = request.type === 'extract' ? extract(request.text, request.date) : lookup(request.id, request.name);
  run.catch((error: unknown) => {
    const message = error instanceof ArticleError ? error.message : `Extraction failed: ${error instanceof Error ? error.message : String(error)}`;
    if (request.type === 'lookup') post({ type: 'lookup', id: request.id, offers: [] });
    else post({ type: 'failed', message });
  });
});
