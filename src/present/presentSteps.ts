/** One slide of a presentation: the overview, one event, or the recap. */
export type Step = { kind: 'overview' } | { kind: 'event'; eventId: string } | { kind: 'recap' };

/** Step ids as the player walks them: `overview`, then `event:<id>` in order, then `recap`. */
export function presentSteps(order: readonly string[]): string[] {
  return ['overview', ...order.map((id) => `event:${id}`), 'recap'];
}

/** Reads a step id back into a {@link Step}; unknown ids are the overview. */
export function parseStep(id: string | null): Step {
  if (id === 'recap') return { kind: 'recap' };
  if (id !== null && id.startsWith('event:')) return { kind: 'event', eventId: id.slice('event:'.length) };
  return { kind: 'overview' };
}
