import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { runPlaces } from '../eval/runPlaces';
import { runRoutes } from '../eval/runRoutes';
import { runTimes } from '../eval/runTimes';

/** `eval [routes] FILE.jsonl`: scores places (lines with `toponyms`), times (`timexes`) or routes (`routes`) against the gold annotations. */
export async function runEval(args: readonly string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith('--') && a !== 'routes');
  if (!file) throw new Error('Give an eval file: npm run eval -- ../shared/eval/trnews.jsonl');
  const first = await firstLine(file);
  if (args[0] === 'routes' || /"routes"\s*:\s*\[/.test(first)) await runRoutes(args);
  else if (/"timexes"\s*:/.test(first)) runTimes(args);
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
