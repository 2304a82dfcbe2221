/**
 * Run by bench/gazetteer.bench.ts in a fresh process, as the CLI runs (tsx): loads the gazetteer,
 * answers one lookup and prints "ready". With `--cli`, first imports every module the extract
 * command imports, so the time includes what the CLI loads before it asks for the gazetteer;
 * with `--none`, loads nothing (the floor: starting node and tsx).
 */
import type { Gazetteer } from '../src/gazetteer/types';

if (process.argv.includes('--none')) process.stdout.write('ready\n');
else {
  if (process.argv.includes('--cli')) await import('../src/cli/runExtract');
  const { loadGazetteer } = await import('../src/gazetteer/loadGazetteer');
  const gazetteer: Gazetteer = await loadGazetteer();
  process.stdout.write(`ready ${gazetteer.lookup('Paris').length}\n`);
}
