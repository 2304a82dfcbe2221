import type { GazetteerEntry } from '../../gazetteer/types';
import type { PlaceStep } from './types';

// Words that make a demonym describe another place's past ("a former Soviet republic", "post-Soviet states").
const PAST = /(?:\bformer|\bex|\bpost|\bonetime|\bone-time)[\s-]+$/i;

/**
 * Refiner: "a former Soviet republic" describes the republic's history, not a place of the
 * story, when the state it names had ceased to exist by the story's year; such a demonym is
 * dropped. "Soviet troops entered Prague in 1968" keeps its mention (of an area with years).
 */
export const dropHistoricalAdjectives: PlaceStep = {
  name: 'historical adjective',
  run(ctx) {
    const year = Number(ctx.article.published.slice(0, 4));
    for (const m of ctx.mentions) {
      if (m.dropped || !m.adjective || m.entries.length === 0) continue;
      if (!m.entries.every((e) => endedBy(e, year))) continue;
      if (PAST.test(ctx.article.text.slice(Math.max(0, m.start - 12), m.start))) m.dropped = 'historical';
    }
  },
};

/** The year a place's own name stopped being held, if it has stopped by `year`. */
function endedBy(e: GazetteerEntry, year: number): boolean {
  const own = e.otherNames.filter((o) => o.name === e.name);
  return own.length > 0 && own.every((o) => o.to !== undefined && o.to <= year);
}
