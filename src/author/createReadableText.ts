/** Text gathered from a page as it is scanned, with its whitespace already collapsed. */
export interface ReadableText {
  /** Adds text as it stood in the page: any run of whitespace becomes one space. */
  add(raw: string): void;
  /** A line break (`<br>`): spaces around it are dropped. */
  line(): void;
  /** A paragraph break (a block element starts or ends): one blank line, whatever surrounds it. */
  paragraph(): void;
  /** The characters gathered so far (pending breaks not counted). */
  readonly length: number;
  /** The text, with no break or space at either end. */
  toString(): string;
}

const WORD = /[^ \t\r\n\f\v\u00a0]+/g;

/**
 * Gathers readable text in one pass: breaks wait until the next word, so runs of spaces, line
 * breaks and block edges collapse without the regular expressions over the whole text the DOM
 * version used (one of which backtracked on long runs of `<br>`).
 */
export function createReadableText(): ReadableText {
  const parts: string[] = [];
  let length = 0;
  let space = false;
  let lines = 0;
  let paragraph = false;
  const word = (w: string): void => {
    const gap = length === 0 ? '' : paragraph ? '\n\n' : lines > 0 ? '\n'.repeat(lines) : space ? ' ' : '';
    if (gap !== '') parts.push(gap);
    parts.push(w);
    length += gap.length + w.length;
    space = false;
    lines = 0;
    paragraph = false;
  };
  return {
    add(raw) {
      let last = 0;
      for (const m of raw.matchAll(WORD)) {
        if (m.index > last) space = true;
        word(m[0]);
        last = m.index + m[0].length;
      }
      if (last < raw.length) space = true;
    },
    line() {
      lines++;
    },
    paragraph() {
      paragraph = true;
    },
    get length() {
      return length;
    },
    toString: () => parts.join(''),
  };
}
