import { makeFind } from './makeFind';
import { parseNumber } from './numberWords';
import type { TimeContext, TimeFind } from './types';

const YEAR = /(?<![\d$£€#.,/:-])\b(?:(early|mid|late|post|pre|the end of|the beginning of|the start of|the middle of)[\s-]+)?(1[5-9]\d\d|20\d\d)\b(?![,.:/]\d|\s?%|-\d|\s?(?:km|kg|mph|feet|ft|miles|metres|meters|people|persons|tons|tonnes|dollars|pounds|euros|members|troops|soldiers|workers|votes|cars|units|shares|acres|deaths|cases)\b)/gi;
const TENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?';
const SPOKEN = new RegExp(`\\b(?:the year )?(?:(nineteen) (${TENS}|hundred)|two thousand(?: and)?(?: (one|two|three|four|five|six|seven|eight|nine|${TENS}))?)\\b`, 'gi');
const NOT_YEAR_BEFORE = /(?:No\.|number|Flight|Route|Room|page|Article|Section|Resolution|\$) ?$/i;

/** Finds years written as digits ("in 1989", "mid-1996") or spoken ("nineteen ninety-six"). */
export function years(ctx: TimeContext): TimeFind[] {
  const finds: TimeFind[] = [];
  for (const m of ctx.text.matchAll(YEAR)) {
    if (NOT_YEAR_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) continue;
    finds.push(makeFind(ctx, m.index, m.index + m[0].length, 'DATE', m[2] ?? '', 'year'));
  }
  for (const m of ctx.text.matchAll(SPOKEN)) {
    let year: number | undefined;
    if (m[1]) year = m[2]?.toLowerCase() === 'hundred' ? 1900 : 1900 + (parseNumber(m[2] ?? '') ?? NaN);
    else year = 2000 + (m[3] ? (parseNumber(m[3]) ?? NaN) : 0);
    if (!m[1] && !m[3] && !/^the year/i.test(m[0])) continue;
    if (year === undefined || Number.isNaN(year)) continue;
    finds.push(makeFind(ctx, m.index, m.index + m[0].length, 'DATE', String(year), 'spokenYear'));
  }
  return finds;
}
