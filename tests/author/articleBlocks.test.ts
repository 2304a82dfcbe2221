import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../src/author/articleBlocks';
import { segmentText, type TextMark } from '../../src/author/segmentText';

const joined = (blocks: ReturnType<typeof articleBlocks>): string => blocks.flat().map((s) => s.text).join('');

describe('articleBlocks', () => {
  it('groups the runs into blocks that cover every character once, in order, each ending where a line ends', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Line ${i} of the article.`).join('\n');
    const blocks = articleBlocks(segmentText(text, []), 100);
    expect(joined(blocks)).toBe(text);
    expect(blocks.length).toBeGreaterThan(5);
    for (const block of blocks.slice(0, -1)) expect(block.at(-1)?.text.endsWith('\n')).toBe(true);
    for (const run of blocks.flat()) expect(text.slice(run.start, run.start + run.text.length)).toBe(run.text);
  });

  it('cuts a text without line ends after a space, never inside a word', () => {
    const text = 'word '.repeat(100);
    const blocks = articleBlocks(segmentText(text, []), 42);
    expect(joined(blocks)).toBe(text);
    for (const block of blocks) expect(block.map((s) => s.text).join('')).toMatch(/^(word )+$/);
  });

  it('never cuts a highlight, even one longer than a block', () => {
    const text = `${'a'.repeat(30)}${'B'.repeat(60)}${'c'.repeat(30)}`;
    const mark: TextMark = { start: 30, end: 90, kind: 'place', id: 'b' };
    const blocks = articleBlocks(segmentText(text, [mark]), 40);
    expect(joined(blocks)).toBe(text);
    expect(blocks.flat().filter((s) => s.mark).map((s) => s.text)).toEqual(['B'.repeat(60)]);
  });

  it('keeps a short article in one block', () => {
    expect(articleBlocks(segmentText('Pompeo in Kyiv.', []))).toHaveLength(1);
    expect(articleBlocks([])).toEqual([]);
  });
});
