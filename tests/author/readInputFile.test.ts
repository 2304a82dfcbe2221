import { describe, expect, it } from 'vitest';
import { decodeInputFile, formatBytes, MAX_ARTICLE_FILE_BYTES } from '../../src/author/readInputFile';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeInputFile', () => {
  it('passes plain text through as an article, without a byte order mark', () => {
    expect(decodeInputFile('a.txt', bytes('\uFEFFdate 2020-02-03 Hello'))).toEqual({ kind: 'article', name: 'a.txt', text: 'date 2020-02-03 Hello' });
  });

  it('strips the markup of an HTML file, and of an unnamed file that is a web page', () => {
    expect(decodeInputFile('a.html', bytes('<p>One</p><script>x()</script><p>Two</p>'))).toEqual({ kind: 'article', name: 'a.html', text: 'One\n\nTwo' });
    expect(decodeInputFile('page', bytes('<!doctype html><p>Hi</p>'))).toMatchObject({ kind: 'article', text: 'Hi' });
  });

  it('refuses a page nested past the depth limit with its depth, before anything else reads it', () => {
    const deep = `<html><body>${'<div>'.repeat(5_000)}text${'</div>'.repeat(5_000)}</body></html>`;
    expect(decodeInputFile('deep.html', bytes(deep))).toEqual({ kind: 'error', message: '"deep.html" nests its elements 5,000 deep; Dateline reads pages up to 1,000 deep. Copy the article\'s text from the page and paste it instead.' });
  });

  it('sends JSON, GeoJSON and CSV to the importers', () => {
    expect(decodeInputFile('s.json', bytes('{"a":1}')).kind).toBe('data');
    expect(decodeInputFile('s.geojson', bytes('{}')).kind).toBe('data');
    expect(decodeInputFile('sheet.csv', bytes('Year,Month\n2020,1')).kind).toBe('data');
    expect(decodeInputFile('noext', bytes(' {"format":"dateline/1"}')).kind).toBe('data');
  });

  it('refuses binary files, naming PDFs and images, and text that is not UTF-8', () => {
    expect(decodeInputFile('a.pdf', bytes('%PDF-1.7 ...'))).toEqual({ kind: 'error', message: expect.stringMatching(/"a.pdf" is a PDF, not text/) });
    expect(decodeInputFile('x.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]))).toEqual({ kind: 'error', message: expect.stringMatching(/PNG image/) });
    expect(decodeInputFile('x.bin', new Uint8Array([65, 0, 66]))).toEqual({ kind: 'error', message: expect.stringMatching(/binary file/) });
    expect(decodeInputFile('latin.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toEqual({ kind: 'error', message: expect.stringMatching(/not UTF-8/) });
    expect(decodeInputFile('empty.txt', new Uint8Array())).toEqual({ kind: 'error', message: '"empty.txt" is empty.' });
  });

  it('refuses an article file over the limit and says its size', () => {
    const big = new Uint8Array(MAX_ARTICLE_FILE_BYTES + 1).fill(65);
    expect(decodeInputFile('big.txt', big)).toEqual({ kind: 'error', message: '"big.txt" is 6.0 MB; article files are limited to 6.0 MB.' });
    expect(formatBytes(7.25 * 1024 * 1024)).toBe('7.3 MB');
    expect(formatBytes(830 * 1024)).toBe('830 KB');
  });
});
