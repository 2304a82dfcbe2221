import type { GazetteerEntry } from '../../gazetteer/types';
import type { PlaceMention, PlaceStep } from './types';

const PHRASE = /\bthe ((?:[A-Z][\p{L}]+[ -])?[A-Z][\p{L}]+) (nation|country|republic|state|kingdom|monarchy|emirate)\b/gu;

/**
 * Finder (after resolution): "the Central Asian nation" refers to the most recent country
 * mentioned before it that lies inside the region its adjective names; with none, nothing.
 */
export const findDescriptiveMentions: PlaceStep = {
  name: 'descriptive',
  run(ctx) {
    const countries = ctx.mentions
      .filter((m) => !m.dropped && m.scored?.[0]?.entry.kind === 'country')
      .sort((a, b) => a.start - b.start);
    const found: PlaceMention[] = [];
    for (const match of ctx.article.text.matchAll(PHRASE)) {
      const adjective = match[1] ?? '';
      const region = ctx.gazetteer.lookupAdjective(adjective).find((e) => e.bbox && e.kind !== 'country');
      const box = region?.bbox;
      if (!box) continue;
      const start = match.index;
      const end = start + match[0].length;
      const antecedent = lastCountryBefore(countries, start, box);
      const entry = antecedent?.scored?.[0]?.entry;
      if (!antecedent || !entry) continue;
      found.push({
        start,
        end,
        text: match[0],
        rule: 'descriptive',
        firstToken: -1,
        endToken: -1,
        key: antecedent.key,
        entries: [entry],
        adjective: false,
        supported: true,
        boosts: new Map(),
        scored: [{ entry, score: antecedent.scored?.[0]?.score ?? 0 }],
      });
    }
    if (found.length === 0) return;
    // Words inside a descriptive phrase ("Central Asian") are part of it, not mentions of their own.
    for (const m of ctx.mentions) {
      const i = lastStartingAtOrBefore(found, m.start);
      const d = i >= 0 ? found[i] : undefined;
      if (d && m.end <= d.end) m.dropped = 'inside-descriptive';
    }
    ctx.mentions.push(...found);
  },
};

// A descriptive phrase refers back a few sentences at most.
const LOOKBACK_CHARS = 2000;

/** The nearest country mention ending before `start` (and not too far back) that lies inside `box`. */
function lastCountryBefore(countries: readonly PlaceMention[], start: number, box: readonly number[]): PlaceMention | undefined {
  for (let i = lastStartingAtOrBefore(countries, start); i >= 0; i--) {
    const m = countries[i] as PlaceMention;
    if (m.end < start - LOOKBACK_CHARS) return undefined;
    if (m.end <= start && inside(m.scored?.[0]?.entry, box)) return m;
  }
  return undefined;
}

/** Index of the last item (sorted by start) whose start is at or before `pos`; -1 when none. */
function lastStartingAtOrBefore(sorted: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? Infinity) <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

function inside(e: GazetteerEntry | undefined, bbox: readonly number[]): boolean {
  if (!e) return false;
  const [s = 0, w = 0, n = 0, east = 0] = bbox;
  return e.lat >= s && e.lat <= n && e.lon >= w && e.lon <= east;
}
