import type { Story } from '../story/types';

/** A highlighted range of the article: a place mention or a time expression. */
export interface TextMark {
  start: number;
  end: number;
  kind: 'place' | 'time';
  /** The place id or time id. */
  id: string;
}

/** A run of the article text, highlighted when `mark` is set. */
export interface Segment {
  text: string;
  start: number;
  mark?: TextMark;
}

/** Every place mention and time expression of a story as marks. */
export function storyMarks(story: Story): TextMark[] {
  const marks: TextMark[] = [];
  for (const p of story.places) for (const m of p.mentions) marks.push({ start: m.start, end: m.end, kind: 'place', id: p.id });
  for (const t of story.times) marks.push({ start: t.start, end: t.end, kind: 'time', id: t.id });
  return marks;
}

/**
 * Cuts `text` into plain and highlighted runs, in order, covering every character once. Marks
 * outside the text or empty are skipped; where marks overlap, the one that starts first (the
 * longer on a tie) wins and the other is left out, so highlights never nest.
 */
export function segmentText(text: string, marks: readonly TextMark[]): Segment[] {
  const usable = marks
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end > m.start && m.end <= text.length)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const mark of usable) {
    if (mark.start < cursor) continue;
    if (mark.start > cursor) segments.push({ text: text.slice(cursor, mark.start), start: cursor });
    segments.push({ text: text.slice(mark.start, mark.end), start: mark.start, mark });
    cursor = mark.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), start: cursor });
  return segments;
}
