/**
 * True when the time at `start..end` of `text` opens its line and is followed by a dash or a
 * colon ("10:42 GMT — Wheels down"): a liveblog post's stamp, which says when the post was
 * written, not when what it tells happened.
 */
export function isPostStamp(text: string, start: number, end: number): boolean {
  // eslint-disable-next-line regexp/no-super-linear-move -- runs on the 4 characters before the time, at most.
  const lineStart = start <= 0 || /\n\s*$/.test(text.slice(Math.max(0, start - 4), start));
  return lineStart && /^\s*(?:\p{Lu}{2,4}\s*)?[—–:-]/u.test(text.slice(end, end + 8));
}
