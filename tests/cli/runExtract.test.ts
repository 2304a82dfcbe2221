import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateStory } from '../../src/story/validateStory';

const run = promisify(execFile);
let dir: string;

/** Runs `dateline extract FILE...` through tsx, as `npm run extract` does; never rejects. */
async function extractFiles(files: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/cli/main.ts', 'extract', ...files], { maxBuffer: 200 * 1024 * 1024, env: { ...process.env, TZ: 'UTC' } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('dateline extract on files that are not articles', () => {
  it('says what is wrong with an empty, a binary and a missing file, one line each on stderr, and exits 1', async () => {
    const [empty, binary, missing] = ['empty.txt', 'image.png', 'nope.txt'].map((f) => join(dir, f));
    writeFileSync(empty!, '');
    writeFileSync(binary!, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe, 0x00, 0x01]));
    // One process for all three: each start loads the gazetteer, which is slow on a busy machine.
    const r = await extractFiles([empty!, binary!, missing!]);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr.split('\n')).toEqual([
      `dateline: ${empty}: The article is empty: paste or choose some text.`,
      `dateline: ${binary}: this is a binary file, not article text.`,
      `dateline: ${missing}: no such file`,
      '',
    ]);
  }, 120_000);

  it('finishes a 5 MB article and writes a story', async () => {
    const seed = readFileSync('seeds/000_434d8e9a3390da3a.txt', 'utf8');
    const body = seed.replace(/^\s*date .*\n/, '');
    let text = seed;
    while (text.length < 5_000_000) text += `\n\n${body}`;
    writeFileSync(join(dir, 'big.txt'), text);
    const started = performance.now();
    const r = await extractFiles([join(dir, 'big.txt')]);
    // Printed, not asserted: a test never asserts a wall-clock time.
    process.stdout.write(`5 MB article: extracted in ${Math.round((performance.now() - started) / 1000)} s\n`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const story = JSON.parse(r.stdout) as { meta: { text: string }; events: unknown[] };
    expect(story.meta.text).toBe(text);
    expect(story.events.length).toBeGreaterThan(1000);
  }, 300_000);

  it('cuts an article that says more than one story holds, writes a story the validator accepts, says where it stops and exits 0', async () => {
    // 101,000 sentences, each an event and a mention of Paris: one more than a story holds.
    writeFileSync(join(dir, 'paris.txt'), `date 2020-02-03\n\n${'Paris. '.repeat(101_000)}`);
    const r = await extractFiles([join(dir, 'paris.txt')]);
    expect(r.code).toBe(0);
    const checked = validateStory(JSON.parse(r.stdout));
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    expect(r.stderr).toContain(`dateline: ${join(dir, 'paris.txt')}: note: The article is too long for one story (a story holds at most 100,000 events): the story covers its first 700,017 of 707,017 characters;`);
  }, 300_000);

  it('refuses a file that is not UTF-8 with the message the authoring page gives, reads one that opens with a byte-order mark, and exits 1', async () => {
    const [latin1, bom] = ['latin1.txt', 'bom.txt'].map((f) => join(dir, f));
    writeFileSync(latin1!, Buffer.from('date 2020-02-03\n\nOfficials met at a caf\xe9 in Paris on Monday.', 'latin1'));
    writeFileSync(bom!, '\uFEFFdate 2020-02-03\n\nOfficials met in Paris on Monday.');
    const r = await extractFiles([latin1!, bom!]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`dateline: ${latin1}: "latin1.txt" is not UTF-8 text: save it as UTF-8 and try again.\n`);
    const line = JSON.parse(r.stdout) as { id: string; story: { meta: { text: string }; places: { name: string }[] } };
    expect(line.id).toBe(bom);
    expect(line.story.meta.text.startsWith('date 2020-02-03')).toBe(true);
    expect(line.story.places.map((p) => p.name)).toEqual(['Paris']);
  }, 120_000);
});
