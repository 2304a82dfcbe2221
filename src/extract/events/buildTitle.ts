import type { EventKind } from '../../story/types';
import { headline } from './headline';

const VERB: Partial<Record<EventKind, string>> = { travel: 'travels to', visit: 'visits', meeting: 'meets in' };

/** How a movement title reads when the kind's own verb would mislead: setting out, or arriving where the story is told. */
export type TitleVerb = 'leaves' | 'arrives in';

/** A headline-style title: "Pompeo visits Nur-Sultan" for movement ("Amundsen leaves Kristiania", "Amundsen arrives in Hobart" with `verb`), else a shortened {@link headline} of the sentence. */
export function buildTitle(
  kind: EventKind,
  sentence: string,
  actor: string | undefined,
  placeNames: readonly string[],
  times: readonly { start: number; end: number }[] = [],
  titleVerb?: TitleVerb,
): string {
  const verb = titleVerb ?? VERB[kind];
  if (verb && actor && placeNames.length > 0) {
    const who = actor.split(' ').at(-1) ?? actor;
    return `${who} ${verb} ${joinNames(placeNames)}`;
  }
  return headline(sentence, actor !== undefined ? { actor, times } : { times });
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}
