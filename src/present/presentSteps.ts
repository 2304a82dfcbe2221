/** One slide of a presentation: the overview, one event, or one page of the recap (pages count from 1). */
export type Step = { kind: 'overview' } | { kind: 'event'; eventId: string } | { kind: 'recap'; page: number };

/**
 * Step ids as the player walks them: `overview`, then `event:<id>` in order, then the recap's
 * pages: `recap`, `recap:2`, `recap:3`… (`recapPages` of them, at least one).
 */
export function presentSteps(order: readonly string[], recapPages = 1): string[] {
  const pages = Array.from({ length: Math.max(1, Math.floor(recapPages)) }, (_, i) => recapStep(i + 1));
  return ['overview', ...order.map((id) => `event:${id}`), ...pages];
}

/** The step id of the recap's page `page` (1 is plain `recap`). */
export function recapStep(page: number): string {
  return page <= 1 ? 'recap' : `recap:${page}`;
}

/** Reads a step id back into a {@link Step}; unknown ids are the overview. */
export function parseStep(id: string | null): Step {
  if (id === 'recap') return { kind: 'recap', page: 1 };
  const page = /^recap:([1-9]\d*)$/.exec(id ?? '');
  if (page) return { kind: 'recap', page: Number(page[1]) };
  if (id !== null && id.startsWith('event:')) return { kind: 'event', eventId: id.slice('event:'.length) };
  return { kind: 'overview' };
}
