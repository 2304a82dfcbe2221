import type { PlaceMention } from './types';

const ANCHORS = new Set(['within', 'dateline']);

/**
 * One meaning per name per article, unless the text says otherwise: the first mention of a
 * name that says where it lies ("PERTH, Scotland", "London, Ontario") gives its meaning to the
 * bare mentions, and a later mention that says it lies somewhere else ("Perth, the capital of
 * Western Australia", "the name of London in England") keeps a meaning of its own. Returns
 * those later mentions, each with the key of its own meaning.
 */
export function ownSenses(live: readonly PlaceMention[]): Map<PlaceMention, string> {
  const first = new Map<string, Set<string>>();
  const out = new Map<PlaceMention, string>();
  for (const m of [...live].sort((a, b) => a.start - b.start)) {
    const ids = anchorsOf(m);
    if (ids.size === 0) continue;
    const name = `${m.adjective ? 'a' : 'n'}:${m.key}`;
    const had = first.get(name);
    if (!had) first.set(name, ids);
    else if (![...ids].some((id) => had.has(id))) out.set(m, [...ids].sort().join('|'));
  }
  return out;
}

/** The readings a mention's own words place it at: those its strongest containment or dateline reason favours. */
function anchorsOf(m: PlaceMention): Set<string> {
  let best = 0;
  const ids = new Set<string>();
  for (const [id, reasons] of m.reasons ?? []) {
    for (const r of reasons) {
      if (!ANCHORS.has(r.code) || r.weight < best) continue;
      if (r.weight > best) ids.clear();
      best = r.weight;
      ids.add(id);
    }
  }
  return ids;
}
