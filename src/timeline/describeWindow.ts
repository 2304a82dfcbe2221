import { utcFormat } from 'd3';

const day = utcFormat('%-d %b %Y');
const minute = utcFormat('%-d %b %Y %H:%M');

/** A time window in words for the controls: "2 Feb 2020 – 4 Feb 2020" (with hours when it does not fall on midnight). */
export function describeWindow(w: { readonly from: number; readonly to: number }): string {
  const DAY = 86_400_000;
  const f = w.from % DAY === 0 && w.to % DAY === 0 ? day : minute;
  return `Map shows ${f(new Date(w.from))} – ${f(new Date(w.to))}`;
}
