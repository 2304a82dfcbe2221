import { runExtract } from './runExtract';
import { runEval } from './runEval';

const USAGE = `Usage:
  dateline extract FILE... [--date YYYY-MM-DD] [--format story|annotations]
  dateline extract --jsonl [FILE] [--format story|annotations]   (reads stdin without FILE)
  dateline eval FILE.jsonl [--misses N]`;

/** The command-line entry: `npm run extract -- FILE` and `npm run eval -- FILE.jsonl`. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'extract') return await runExtract(rest);
    if (command === 'eval') return await runEval(rest);
    process.stderr.write(`${command ? `Unknown command "${command}".\n` : ''}${USAGE}\n`);
    return 2;
  } catch (err) {
    process.stderr.write(`dateline: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

// Piping into `head` closes stdout early: that is the reader's choice, not a failure.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
process.exitCode = await main(process.argv.slice(2));
