import type { Segment } from './segmentText';

/** About how many characters of the article one block holds. */
export const BLOCK_CHARS = 20_000;

/**
 * Where to cut plain text near `from`: after the next line's end (within `size`), else after the
 * line's end before it, else after a space, else at `from + size`.
 */
function cutPoint(text: string, from: number, size: number): number {
  const line = text.indexOf('\n', from);
  if (line !== -1 && line < from + size) return line + 1;
  const before = from > 0 ? text.lastIndexOf('\n', from - 1) : -1;
  if (before !== -1) return before + 1;
  const space = text.indexOf(' ', from);
  if (space !== -1 && space < from + size) return space + 1;
  return Math.min(text.length, from + size);
}

/**
 * Groups the article's runs into blocks of about `size` characters, in order, covering every
 * character once. A plain run is cut where a line ends (else after a space) so that a block
 * ends where a line does; a highlight is never cut, so a block may run a little over `size`.
 */
export function articleBlocks(segments: readonly Segment[], size = BLOCK_CHARS): Segment[][] {
  const blocks: Segment[][] = [];
  let block: Segment[] = [];
  let length = 0;
  const close = (): void => {
    if (block.length > 0) blocks.push(block);
    block = [];
    length = 0;
  };
  for (const segment of segments) {
    let rest = segment;
    while (!rest.mark && length + rest.text.length > size) {
      const cut = cutPoint(rest.text, Math.max(0, size - length), size);
      if (cut >= rest.text.length) break;
      block.push({ text: rest.text.slice(0, cut), start: rest.start });
      close();
      rest = { text: rest.text.slice(cut), start: rest.start + cut };
    }
    block.push(rest);
    length += rest.text.length;
    if (length >= size) close();
  }
  close();
  return blocks;
}
