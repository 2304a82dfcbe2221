import type { PlaceMention, RankReason } from './types';

/** Records why a mention's boost for an entry was given, so the candidate can say so. */
export function noteReason(m: PlaceMention, id: string, reason: RankReason): void {
  m.reasons ??= new Map();
  const list = m.reasons.get(id);
  if (!list) m.reasons.set(id, [reason]);
  else if (!list.some((r) => r.code === reason.code && r.places?.join() === reason.places?.join())) list.push(reason);
}
