import type { TimeContext } from './types';

/**
 * The matches of the global pattern `re` in the text; none, without a scan, when the text holds
 * none of `needs` (lower case), the words of which every match of `re` contains one.
 */
export function scan(ctx: TimeContext, re: RegExp, needs: readonly string[]): Iterable<RegExpExecArray> {
  // A pattern that opens with optional words is tried at every character; most articles hold
  // none of the words most patterns need, and looking for a word costs a fraction of that.
  return needs.some(ctx.holds) ? ctx.text.matchAll(re) : [];
}
