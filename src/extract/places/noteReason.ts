import type { PlaceMention, RankReason } from './types';

/** Records why a mention's boost for an entry was given, so the candidate can say so. */
export function noteReason(m: PlaceMention, id: string, reason: RankReason): void {
  m.reasons ??= new Map();
  const list = m.reasons.get(id);
  if (!list) {
    m.reasons.set(id, [reason]);
    return;
  }
  // One reason per code is shown (the heaviest), so only that one is kept.
  const i = list.findIndex((r) => r.code === reason.code);
  if (i < 0) list.push(reason);
  else if ((list[i]?.weight ?? 0) < reason.weight) list[i] = reason;
}
