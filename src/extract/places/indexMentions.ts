import type { PlaceMention } from './types';

/** The mention found at a token number (where it starts, or where it ends), for refiners that look beside each mention. */
export interface MentionIndex {
  get(token: number): PlaceMention | undefined;
}

/**
 * Indexes mentions by a token number (`firstToken` or `endToken`); a later mention at the same
 * token replaces an earlier one, as a Map built in order would. One array slot per token, filled in
 * one loop: refiners build such an index in every step, and a Map made from [token, mention] pairs
 * cost a pair per mention and a hash per lookup, which a word list of 166,000 names pays six times.
 */
export function indexMentions(mentions: readonly PlaceMention[], tokenOf: (m: PlaceMention) => number, tokenCount: number): MentionIndex {
  const at = new Array<PlaceMention | undefined>(tokenCount + 1);
  for (const m of mentions) at[tokenOf(m)] = m;
  return { get: (token) => at[token] };
}
