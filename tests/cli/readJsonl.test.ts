import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSONL_LINE_BYTES, narrowLine, readJsonl, type JsonlLine, type ReadJsonlOptions } from '../../src/cli/readJsonl';

describe('narrowLine', () => {
  it('reads {id, text, date} and keeps only the day of a timestamped date', () => {
    expect(narrowLine('{"id":"a1","text":"Hi.","date":"2020-02-03T10:00:00Z"}', 1)).toEqual({ id: 'a1', text: 'Hi.', date: '2020-02-03' });
  });

  it('accepts a numeric id and a TimeML-style dct', () => {
    expect(narrowLine('{"id":7,"text":"Hi.","dct":"1998-01-08"}', 3)).toEqual({ id: '7', text: 'Hi.', date: '1998-01-08' });
  });

  it('turns a line that is not JSON, not an object or has no text into an error naming the line', () => {
    expect(narrowLine('{oops', 4)).toEqual({ id: 'line 4', error: 'line 4: not valid JSON' });
    expect(narrowLine('[1,2]', 5)).toMatchObject({ error: 'line 5: "text" must be a string' });
    expect(narrowLine('"text"', 6)).toEqual({ id: 'line 6', error: 'line 6: not a JSON object' });
    expect(narrowLine('{"id":"x","text":42}', 7)).toEqual({ id: 'x', error: 'line 7: "text" must be a string' });
  });
});

describe('readJsonl', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-jsonl-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Every entry readJsonl gives for a file of `bytes`. */
  async function readAll(bytes: Buffer | string, options: ReadJsonlOptions = {}): Promise<JsonlLine[]> {
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, bytes);
    const out: JsonlLine[] = [];
    for await (const line of readJsonl(file, options)) out.push(line);
    return out;
  }

  it('accepts a byte-order mark at the start of the file and at the start of a line, and CRLF line ends', async () => {
    const lines = await readAll('\uFEFF{"id":"a","text":"One."}\r\n\uFEFF{"id":"b","text":"Two."}\r\n');
    expect(lines).toEqual([
      { id: 'a', text: 'One.' },
      { id: 'b', text: 'Two.' },
    ]);
  });

  it('refuses a line that is not UTF-8 with the message the authoring page gives, and reads the next line', async () => {
    const latin1 = Buffer.from('{"id":"x","text":"Caf\xe9 in Paris."}', 'latin1');
    const lines = await readAll(Buffer.concat([Buffer.from('{"id":"a","text":"One."}\n'), latin1, Buffer.from('\n{"id":"c","text":"Three."}\n')]));
    expect(lines).toEqual([
      { id: 'a', text: 'One.' },
      { id: 'line 2', error: 'line 2: "batch.jsonl" is not UTF-8 text: save it as UTF-8 and try again.' },
      { id: 'c', text: 'Three.' },
    ]);
  });

  it('turns a line over the limit into one error named by its id, and reads the lines after it', async () => {
    const big = `{"id":"big","text":"${'a'.repeat(5000)}"}`;
    const lines = await readAll(`{"id":"a","text":"One."}\n${big}\n{"id":"c","text":"Three."}\n`, { maxLineBytes: 1000 });
    expect(lines).toEqual([
      { id: 'a', text: 'One.' },
      { id: 'big', error: 'line 2: 5,022 bytes; the limit for one line is 1,000 bytes' },
      { id: 'c', text: 'Three.' },
    ]);
  });

  it('refuses a line over 64 MB by default without reading it as an article', async () => {
    const big = Buffer.alloc(MAX_JSONL_LINE_BYTES + 100, 'a');
    big.write('{"id":7,"text":"', 0);
    big.write('"}', big.length - 2);
    const lines = await readAll(Buffer.concat([big, Buffer.from('\n{"id":"c","text":"Three."}')]));
    expect(lines).toEqual([
      { id: '7', error: 'line 1: 64 MB; the limit for one line is 64 MB' },
      { id: 'c', text: 'Three.' },
    ]);
  });
});
