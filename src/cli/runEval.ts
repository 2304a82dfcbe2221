import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { runPlaces } from '../eval/runPlaces';
import { runTimes } from '../eval/runTimes';

/** `eval FILE.jsonl`: scores places (lines with `toponyms`) or times (lines with `timexes`) against the gold annotations. */
export async function runEval(args: readonly string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new Error('Give an eval file: npm run eval -- ../shared/eval/trnews.jsonl');
  const first = await firstLine(file);
  if (/"timexes"\s*:/.test(first)) runTimes(args);
  else if (/"toponyms"\s*:/.test(first)) await runPlaces(args);
  else throw new Error(`${file}: lines carry neither "toponyms" nor "timexes"; see ../shared/eval/README.md for the format.`);
  return 0;
}

async function firstLine(file: string): Promise<string> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}
