import type { Article } from '../../article/types';
import type { Gazetteer } from '../../gazetteer/types';
import { dropCalendarWords } from './dropCalendarWords';
import { dropLongerNames } from './dropLongerNames';
import { dropPersonNames } from './dropPersonNames';
import { findPlaces } from './findPlaces';
import { findRegionAbbreviations } from './findRegionAbbreviations';
import { markSupport } from './markSupport';
import { findNameMentions, makeMention, readSpan } from './findNameMentions';
import { normalizeName } from '../../gazetteer/normalizeName';
import { regionForAbbreviation } from './regionAbbreviations';
import { markContainment } from './markContainment';
import { markCountyLists } from './markCountyLists';
import { markRegionCues } from './markRegionCues';
import { resolveDateline } from './resolveDateline';
import { resolveMentions } from './resolveMentions';
import { tokenize } from './tokenize';
import type { PlaceContext, PlaceFind, PlaceStep } from './types';

const OPEN_WATER = /\s(?:Sound|Bay|Gulf|Sea|Ocean|Strait|Channel)$/i;
const BUILDING = /\s(?:Hospital|Airport|Cathedral|Church|School|University|College|Stadium|Arena|Hotel|Mall|Museum|Library|Prison|Jail|Courthouse)$/i;

/**
 * Resolves given spans (a person's or a corpus's place names) with the same ranking as
 * findPlaces but none of its recognition: each span gets its best reading, or undefined when
 * the gazetteer does not know the name.
 */
export function resolveSpans(article: Article, gazetteer: Gazetteer, spans: readonly { start: number; end: number }[]): (PlaceFind | undefined)[] {
  const tokens = tokenize(article.text, article.sentences);
  const known: { start: number; end: number }[] = [];
  const seed: PlaceStep = {
    name: 'given',
    run(ctx: PlaceContext) {
      for (const s of spans) {
        const i = tokens.findIndex((t) => t.end > s.start);
        let j = i;
        while (j >= 0 && j < tokens.length && (tokens[j]?.start ?? Infinity) < s.end) j++;
        if (i < 0 || j <= i) continue;
        const text = article.text.slice(s.start, s.end);
        const code = regionForAbbreviation(text.replace(/\s+/g, ''));
        const region = code ? gazetteer.admin1(code.slice(0, 2), code.slice(3)) : undefined;
        const reading = region ? { entries: [region], adjective: false } : (readSpan(gazetteer, text) ?? readLeadingName(gazetteer, text));
        if (!reading) continue;
        const m = makeMention(ctx, i, j, 'given', reading.entries, reading.adjective);
        // Two given spans inside one token ("Middlesex-London") are two names, not one.
        ctx.mentions.push({ ...m, start: s.start, end: s.end, text, key: normalizeName(text) });
        known.push(s);
      }
    },
  };
  // The article's other place names (found as findPlaces finds them) are evidence, not answers.
  const keepGiven: PlaceStep = {
    name: 'keep given',
    run(ctx) {
      for (const m of ctx.mentions) {
        if (m.rule === 'given') delete m.dropped;
        else if (ctx.mentions.some((g) => g.rule === 'given' && g.start < m.end && m.start < g.end)) m.dropped = 'given';
      }
    },
  };
  // Only context the text shows to be a place ("in X", "X, Y", the dateline) counts.
  const supportedOnly: PlaceStep = {
    name: 'supported context',
    run(ctx) {
      for (const m of ctx.mentions) if (m.rule !== 'given' && !m.supported) m.dropped ??= 'context';
    },
  };
  const steps = [seed, findRegionAbbreviations, findNameMentions, dropPersonNames, dropLongerNames, keepGiven, dropCalendarWords, markSupport, markRegionCues, supportedOnly, markContainment, markCountyLists, resolveDateline, resolveMentions];
  const finds = findPlaces(article, gazetteer, steps).filter((f) => f.rule === 'given' || f.rule === 'demonym');
  return spans.map((s) => finds.find((f) => f.start === s.start && f.end === s.end));
}

/**
 * A name the table lacks read as its longest leading name, as the finder reads running text
 * ("Jerome Township" as Jerome, "Santa Clara Valley" as Santa Clara): a township or valley
 * lies at the place it is named after more often than not; "Town of X" and "Port of X" are
 * read as X. A head that is an English word ("Lake", "North", "Cherry") names nothing alone.
 */
function readLeadingName(gazetteer: Gazetteer, text: string): ReturnType<typeof readSpan> {
  const words = text.trim().split(/\s+/);
  // A sound or a bay is not a town on its shore ("Puget Sound" is not Puget-sur-Argens); a river often is its town.
  // Nor is a building named after a person or a saint ("Thomas Memorial Hospital") in the town of that name.
  if (OPEN_WATER.test(text.trim()) || BUILDING.test(text.trim())) return undefined;
  // "Town of Groton", "Port of Los Angeles": the place it is of.
  const of = /^(?:the\s+)?(?:town|city|village|township|borough|port|county)\s+of\s+(\S.*)$/i.exec(text.trim());
  if (of?.[1]) return readSpan(gazetteer, of[1]);
  for (let n = words.length - 1; n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    // "Lake Ontario" is not Lake County, nor "North Island" the town of North.
    if (!/^\p{Lu}/u.test(words[n - 1] ?? '') || gazetteer.isCommonWord(normalizeName(head))) continue;
    const reading = readSpan(gazetteer, head);
    if (reading && !reading.adjective) return reading;
  }
  return undefined;
}
