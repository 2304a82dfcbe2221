import { CALENDAR_WORDS } from './dropCalendarWords';
import { priorScore } from './scoreCandidate';
import type { Token } from './tokenize';
import type { PlaceMention, PlaceStep } from './types';

const DIRECTIONS = /^(?:(?:far|north|south|east|west|central|centre|center|northern|southern|eastern|western|northeast|northwest|southeast|southwest|upper|lower) ?)+$/;
// Verbs of speaking that follow a person's name.
const SPEECH = new Set(['told', 'says', 'said', 'added', 'asked', 'explained', 'recalled', 'admitted', 'wrote']);
const BIG_CITY = 100_000;
// The Sun, the Moon and the planets, which small towns are also named after.
const CELESTIAL = new Set(['earth', 'moon', 'sun', 'mercury', 'venus', 'mars', 'jupiter', 'saturn', 'uranus', 'neptune', 'pluto']);
const MAJOR_KINDS = new Set(['country', 'continent', 'area', 'water', 'region']);

/**
 * Refiner: keeps a mention only when its best reading is plausible without help or the text
 * supports it. Support spreads to every mention of the same name (one sense per article).
 * Needs support: names that are also common words or first names ("Reading", "Jordan", "May")
 * and small places no other place in the article points to. Sentence-initial capitals prove
 * nothing, so there a common word needs support even when it names a big place.
 */
export const dropUnsupported: PlaceStep = {
  name: 'plausible',
  run(ctx) {
    const live = ctx.mentions.filter((m) => !m.dropped);
    const supportedKeys = new Set(live.filter((m) => m.supported).map((m) => m.key));
    const countryCount = new Set(live.filter((m) => m.scored?.[0]?.entry.kind === 'country').map((m) => m.scored?.[0]?.entry.id)).size;
    // A name that is part of a person's name somewhere ("Marco Rubio") is that person elsewhere ("Rubio said").
    const personKeys = new Set(ctx.mentions.filter((m) => m.dropped === 'person' || m.dropped === 'title').map((m) => m.key));
    for (const m of live) {
      // ... unless the text puts a big place there ("Bayern Munich ... across Munich"): a person is rarely "in" a city of 100,000.
      if (personKeys.has(m.key) && !m.anchored && !(m.supported && bigCity(m))) {
        m.dropped = 'person-elsewhere';
        continue;
      }
      if (supportedKeys.has(m.key)) m.supported = true;
      const why = reasonToDrop(m, ctx.tokens, countryCount, ctx.gazetteer.isCommonWord(m.key), ctx.gazetteer.isWeakName(m.key));
      if (why) m.dropped = why;
    }
  },
};

function reasonToDrop(m: PlaceMention, tokens: readonly Token[], countryCount: number, common: boolean, weak: boolean): string | undefined {
  const top = m.scored?.[0];
  if (!top) return 'no-candidate';
  const e = top.entry;
  const first = tokens[m.firstToken] as Token;
  const single = m.endToken - m.firstToken === 1;
  // "Kazakh", "Texan", "Soviet", "Crimean" name one place; "European" and "Asian" are too vague to draw.
  if (m.adjective) return e.kind === 'country' || e.featureCode === 'ADM1' || (e.kind === 'area' && e.countryCode !== '') ? undefined : 'vague-adjective';
  if (single && first.upper && first.text.length <= 3 && e.kind !== 'country' && e.kind !== 'area' && m.rule !== 'abbreviation') return 'acronym';
  if (single && CALENDAR_WORDS.has(m.key)) return 'month';
  // "returned to Earth", "a probe bound for Mars": the planet, unless the text says where the town lies ("Earth, Texas").
  if (single && CELESTIAL.has(m.key) && !m.anchored) return 'celestial';
  // "Camp 2", "Stage 4", "Gate 12": a word numbered is one of a series, not the town or county of its name (a city of 100,000 keeps it: "Paris 2", a district).
  const numbered = tokens[m.endToken];
  if (single && numbered && /^(?:\d{1,3}|[IVX]{1,4})$/.test(numbered.text) && numbered.start - (tokens[m.endToken - 1]?.end ?? 0) === 1 && !(e.kind === 'city' && e.population >= 100_000) && e.kind !== 'country' && e.kind !== 'continent' && e.featureCode !== 'ADM1') return 'numbered';
  if (single && first.text.length < 3 && !first.upper) return 'short';
  const major = MAJOR_KINDS.has(e.kind) || e.population >= 100_000 || e.featureCode === 'PPLC';
  if (DIRECTIONS.test(m.key)) return 'direction';
  // "Brent told CTV", "Logan says": a town or district that speaks is a person (capitals and states speak for governments).
  const next = tokens[m.endToken];
  if (single && !m.anchored && next && next.sentence === first.sentence && SPEECH.has(next.norm) && (e.kind === 'city' || e.featureCode === 'ADM2') && e.featureCode !== 'PPLC' && e.featureCode !== 'PPLA') return 'person';
  // A list chooses between readings (markSupport already lets it show a name to be a place), so it is no agreement here.
  const listed = top.reasons?.find((r) => r.code === 'list')?.weight ?? 0;
  const agreed = top.score - priorScore(top.entry) - listed >= 3.5;
  // A place of unrecorded size (a post-office village) needs the text to say it is a place ("in X"), and
  // "X, State" or the dateline when its name is more than one English word ("at the White House").
  if (e.kind === 'city' && e.featureCode === 'PPL' && e.population === 0 && !m.anchored && (!m.supported || (common && !single))) return 'small-unsupported';
  // A village (under 1,000 people) needs more than "X officials": "X, State", the dateline, or neighbours in the article.
  // (A territory's capital is known by being one: Adamstown.)
  if (e.kind === 'city' && e.population < 1000 && e.featureCode !== 'PPLC' && !m.anchored && !agreed) return 'small-unsupported';
  if (m.supported) return undefined;
  if (common && !major) return 'common-word';
  // "Man booked for assault": at the start of a sentence only a big city or a capital outweighs the word.
  if (common && first.sentenceStart && e.kind === 'city' && e.featureCode !== 'PPLC' && e.population < 1_000_000) return 'common-word';
  if (e.featureCode === 'ADM2' && !/ (county|parish|borough)$/.test(m.key)) return 'bare-county';
  if (weak) return e.kind === 'country' && countryCount >= 2 ? undefined : 'weak-name';
  if (!major && !agreed) return 'small-unsupported';
  return undefined;
}

function bigCity(m: PlaceMention): boolean {
  const e = m.scored?.[0]?.entry;
  return e !== undefined && e.kind === 'city' && e.population >= BIG_CITY;
}
