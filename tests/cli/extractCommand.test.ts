import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const run = (args: string[], input?: string) =>
  spawnSync(tsx, ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', input, env: { ...process.env, TZ: 'UTC' }, timeout: 120_000 });

describe('the extract command', () => {
  it('prints the seed story as JSON and exits 0', () => {
    const r = run(['extract', 'seeds/000_434d8e9a3390da3a.txt']);
    expect(r.status).toBe(0);
    const story = JSON.parse(r.stdout) as { format: string; meta: { published: string }; routes: unknown[] };
    expect(story.format).toBe('dateline/1');
    expect(story.meta.published).toBe('2020-02-03');
    expect(story.routes).toHaveLength(1);
  });

  it('warns on stderr, and still exits 0, when the input does not read as a news article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-prose-'));
    const file = join(dir, 'list.txt');
    writeFileSync(file, ['Paris', 'Berlin', 'Rome', 'Madrid', 'Lisbon', 'Vienna', 'Prague', 'Warsaw', 'Athens'].join('\n'));
    const r = run(['extract', file, '--date', '2024-01-01']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: this does not read as a news article \(it looks like a list/);
    expect(run(['extract', 'seeds/000_434d8e9a3390da3a.txt']).stderr).not.toMatch(/warning/);
  });

  it('reads JSON Lines from stdin, one result per line in order, a bad line an error object', () => {
    const input = ['{"id":"a","text":"Officials met in Paris on Monday.","date":"2021-03-04"}', '{not json', '{"id":"c","text":"","date":"2021-03-04"}'].join('\n');
    const r = run(['extract', '--jsonl', '--format', 'annotations'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; error?: string; places?: { text: string }[]; times?: { value: string }[] });
    expect(lines.map((l) => l.id)).toEqual(['a', 'line 2', 'c']);
    expect(lines[0]?.places?.map((p) => p.text)).toEqual(['Paris']);
    expect(lines[0]?.times?.[0]?.value).toBe('2021-03-01');
    expect(lines[1]?.error).toMatch(/not valid JSON/);
    expect(lines[2]?.error).toMatch(/empty/);
  });

  it('names each story in JSON Lines by its input id, as error lines are named', () => {
    const input = ['{"id":"x1","text":"Officials met in Paris on Monday.","date":"2021-03-04"}', '{"id":"x2","text":"","date":"2021-03-04"}'].join('\n');
    const r = run(['extract', '--jsonl'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; error?: string; story?: { format: string; places: { name: string }[] } });
    expect(lines.map((l) => l.id)).toEqual(['x1', 'x2']);
    expect(lines[0]?.story?.format).toBe('dateline/1');
    expect(lines[0]?.story?.places.map((p) => p.name)).toContain('Paris');
    expect(lines[1]?.error).toMatch(/empty/);
  });

  it('reads JSON Lines from stdin as bytes: a line opening with a byte-order mark is read, one that is not UTF-8 is refused with the authoring page\'s message', () => {
    const input = Buffer.concat([
      Buffer.from('\uFEFF{"id":"bom","text":"Officials met in Paris on Monday.","date":"2021-03-04"}\r\n'),
      Buffer.from('{"id":"latin1","text":"Officials met at a caf\xe9 in Paris.","date":"2021-03-04"}\n', 'latin1'),
      Buffer.from('{"id":"after","text":"Officials met in Rome on Monday.","date":"2021-03-04"}\n'),
    ]);
    const r = spawnSync(tsx, ['src/cli/main.ts', 'extract', '--jsonl'], { cwd: root, encoding: 'utf8', input, env: { ...process.env, TZ: 'UTC' }, timeout: 120_000 });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; error?: string; story?: { places: { name: string }[] } });
    expect(lines.map((l) => l.id)).toEqual(['bom', 'line 2', 'after']);
    expect(lines[0]?.story?.places.map((p) => p.name)).toEqual(['Paris']);
    expect(lines[1]?.error).toBe('line 2: "stdin" is not UTF-8 text: save it as UTF-8 and try again.');
    expect(lines[2]?.story?.places.map((p) => p.name)).toEqual(['Rome']);
  });

  it('says on stderr what is wrong and exits non-zero for a missing file, a missing date and a bad option', () => {
    const missing = run(['extract', 'no/such/file.txt']);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/no\/such\/file\.txt: no such file/);
    const dir = mkdtempSync(join(tmpdir(), 'dateline-'));
    writeFileSync(join(dir, 'plain.txt'), 'Officials met in Paris.');
    const undated = run(['extract', join(dir, 'plain.txt')]);
    expect(undated.status).not.toBe(0);
    expect(undated.stderr).toMatch(/publication date/);
    const dated = run(['extract', join(dir, 'plain.txt'), '--date', '2021-03-04']);
    expect(dated.status).toBe(0);
    const bad = run(['extract', '--format', 'xml', join(dir, 'plain.txt')]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/--format/);
  }, 120_000);
});
