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
    for (const match of ctx.article.text.matchAll(PHRASE)) {
      const adjective = match[1] ?? '';
      const region = ctx.gazetteer.lookupAdjective(adjective).find((e) => e.bbox && e.kind !== 'country');
      const box = region?.bbox;
      if (!box) continue;
      const start = match.index;
      const end = start + match[0].length;
      const antecedent = [...countries].reverse().find((m) => m.end <= start && inside(m.scored?.[0]?.entry, box));
      const entry = antecedent?.scored?.[0]?.entry;
      if (!antecedent || !entry) continue;
      for (const m of ctx.mentions) if (m.start >= start && m.end <= end) m.dropped = 'inside-descriptive';
      const mention: PlaceMention = {
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
      };
      ctx.mentions.push(mention);
    }
  },
};

function inside(e: GazetteerEntry | undefined, bbox: readonly number[]): boolean {
  if (!e) return false;
  const [s = 0, w = 0, n = 0, east = 0] = bbox;
  return e.lat >= s && e.lat <= n && e.lon >= w && e.lon <= east;
}
