import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
});
