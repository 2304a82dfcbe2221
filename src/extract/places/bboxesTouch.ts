/** Two [south, west, north, east] boxes overlap or touch; false when either is missing. */
export function bboxesTouch(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (!a || !b) return false;
  const [as = 0, aw = 0, an = 0, ae = 0] = a;
  const [bs = 0, bw = 0, bn = 0, be = 0] = b;
  return as <= bn && bs <= an && aw <= be && bw <= ae;
}
