import { readsAsProse, type NotProse } from '../article/readsAsProse';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadGazetteer } from '../gazetteer/loadGazetteer';
import { extractWithinLimits } from '../extract/extractWithinLimits';
import { basename } from 'node:path';
import { checkedStoryJson, InvalidStoryError } from './checkedStoryJson';
import { decodeUtf8 } from './decodeUtf8';
import type { Story } from '../story/types';
import { toAnnotations } from './toAnnotations';
import { readJsonl } from './readJsonl';
import { createProgress } from './createProgress';

/** `extract`: the story of one file as pretty JSON; for several files or --jsonl, a line `{id, story}` (or `{id, error}`) each. */
export async function runExtract(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      format: { type: 'string', default: 'story' },
      jsonl: { type: 'boolean', default: false },
    },
  });
  const fmt = values.format;
  if (fmt !== 'story' && fmt !== 'annotations') throw new Error(`--format must be "story" or "annotations", not "${fmt}".`);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new Error(`--date must be YYYY-MM-DD, not "${values.date}".`);
  const gazetteer = await loadGazetteer();
  // A line of several results names its input: {id, story} (annotations carry their id already).
  const render = (id: string, story: Story): unknown => (fmt === 'annotations' ? toAnnotations(id, story) : { id, story });

  if (values.jsonl) {
    const progress = createProgress(process.stderr);
    let n = 0;
    let refused = 0;
    for await (const line of readJsonl(positionals[0])) {
      n++;
      let out: string;
      if ('error' in line) out = JSON.stringify({ id: line.id, error: line.error });
      else {
        try {
          const { story, notes } = extractWithinLimits(line.text, { gazetteer, ...(line.date ? { date: line.date } : {}) });
          out = checkedStoryJson(story, render(line.id, story));
          for (const note of notes) process.stderr.write(`dateline: ${line.id}: note: ${note}\n`);
          warnIfNotProse(line.id, line.text);
        } catch (err) {
          if (err instanceof InvalidStoryError) refused++;
          out = JSON.stringify({ id: line.id, error: err instanceof Error ? err.message : String(err) });
        }
      }
      process.stdout.write(`${out}\n`);
      progress.tick(n);
    }
    progress.done(n);
    // A line the input got wrong is the input's business; a story the extractor got wrong fails the batch.
    return refused === 0 ? 0 : 1;
  }

  if (positionals.length === 0) throw new Error('Give an article file (or --jsonl). Try: npm run extract -- seeds/000_434d8e9a3390da3a.txt');
  let failed = 0;
  for (const file of positionals) {
    try {
      const bytes = await readFile(file);
      // NUL never occurs in text; without this check a binary file reads as "no publication date".
      if (bytes.includes(0)) throw new Error('this is a binary file, not article text.');
      const text = decodeUtf8(basename(file), bytes);
      const { story, notes } = extractWithinLimits(text, { gazetteer, ...(values.date ? { date: values.date } : {}) });
      // One file: the story itself, ready to save as a .story.json; several: a line each.
      const out = positionals.length === 1 ? checkedStoryJson(story, fmt === 'annotations' ? toAnnotations(file, story) : story, 2) : checkedStoryJson(story, render(file, story));
      for (const note of notes) process.stderr.write(`dateline: ${file}: note: ${note}\n`);
      warnIfNotProse(file, text);
      process.stdout.write(`${out}\n`);
    } catch (err) {
      failed++;
      const reason = err instanceof Error ? err.message : String(err);
      process.stderr.write(`dateline: ${file}: ${reason.replace(/^ENOENT: no such file or directory, open .*/, 'no such file')}\n`);
    }
  }
  return failed === 0 ? 0 : 1;
}

const NOT_PROSE: Record<NotProse, string> = {
  markup: 'it looks like web page source or program code',
  list: 'it looks like a list of short lines, not sentences',
  words: 'its words lack the small words sentences are made of',
};

/** A warning on stderr when the input does not read as news prose: its story is likely noise. */
function warnIfNotProse(name: string, text: string): void {
  const check = readsAsProse(text);
  if (!check.prose) process.stderr.write(`dateline: ${name}: warning: this does not read as a news article (${NOT_PROSE[check.reason]}); its story may be noise.\n`);
}
