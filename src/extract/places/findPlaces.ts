import type { Article } from '../../article/types';
import type { Gazetteer } from '../../gazetteer/types';
import { dropCalendarWords } from './dropCalendarWords';
import { dropHistoricalAdjectives } from './dropHistoricalAdjectives';
import { dropLongerNames } from './dropLongerNames';
import { dropPersonNames } from './dropPersonNames';
import { dropUnsupported } from './dropUnsupported';
import { findDescriptiveMentions } from './findDescriptiveMentions';
import { findNameMentions } from './findNameMentions';
import { findRegionAbbreviations } from './findRegionAbbreviations';
import { markContainment } from './markContainment';
import { markContainmentCues } from './markContainmentCues';
import { markCountyLists } from './markCountyLists';
import { markRegionCues } from './markRegionCues';
import { markSupport } from './markSupport';
import { resolveDateline } from './resolveDateline';
import { resolveMentions } from './resolveMentions';
import { toCandidate } from './toCandidate';
import { weighHeldNames } from './weighHeldNames';
import { tokenize } from './tokenize';
import type { Candidate } from '../../story/types';
import type { PlaceContext, PlaceFind, PlaceMention, PlaceStep, ScoredEntry } from './types';

/** The place pipeline, in order: finders add mentions, refiners drop, support and rank them. */
export const PLACE_STEPS: readonly PlaceStep[] = [
  findRegionAbbreviations,
  findNameMentions,
  dropPersonNames,
  dropLongerNames,
  dropHistoricalAdjectives,
  dropCalendarWords,
  markSupport,
  markContainment,
  markContainmentCues,
  markRegionCues,
  markCountyLists,
  weighHeldNames,
  resolveDateline,
  resolveMentions,
  dropUnsupported,
  findDescriptiveMentions,
];

/** Finds and resolves every place the article mentions, in text order, each with its rule, ranked candidates and a confidence. */
export function findPlaces(article: Article, gazetteer: Gazetteer, steps: readonly PlaceStep[] = PLACE_STEPS): PlaceFind[] {
  const ctx: PlaceContext = { article, gazetteer, tokens: tokenize(article.text, article.sentences), mentions: [] };
  for (const step of steps) step.run(ctx);
  // Every mention of a name shares one ranking (resolveMentions), so its candidates are built once per
  // ranking, not once per mention: a name said a hundred thousand times is five candidates, not half a million.
  const candidatesOf = new Map<ScoredEntry[], Candidate[]>();
  return ctx.mentions
    .filter((m) => !m.dropped && m.scored && m.scored.length > 0)
    .sort((a, b) => a.start - b.start)
    .map((m) => toFind(m, gazetteer, candidatesOf));
}

function toFind(m: PlaceMention, gazetteer: Gazetteer, candidatesOf: Map<ScoredEntry[], Candidate[]>): PlaceFind {
  const scored = m.scored ?? [];
  const top = scored[0];
  if (!top) throw new Error('unreachable: a live mention has candidates');
  let candidates = candidatesOf.get(scored);
  if (!candidates) {
    candidates = scored.slice(0, 5).map((s) => toCandidate(s, gazetteer));
    candidatesOf.set(scored, candidates);
  }
  const margin = top.score - (scored[1]?.score ?? top.score - 4);
  const confidence = Math.round(Math.min(0.99, Math.max(0.05, (m.supported ? 0.55 : 0.4) + margin / 10)) * 100) / 100;
  return { start: m.start, end: m.end, text: m.text, rule: m.adjective ? 'demonym' : m.rule, entry: top.entry, candidates, confidence };
}
