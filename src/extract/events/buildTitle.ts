import type { EventKind } from '../../story/types';

const VERB: Partial<Record<EventKind, string>> = { travel: 'travels to', visit: 'visits', meeting: 'meets in' };

/** A headline-style title: "Pompeo visits Nur-Sultan" for movement, else the sentence's opening words. */
export function buildTitle(kind: EventKind, sentence: string, actor: string | undefined, placeNames: readonly string[]): string {
  const verb = VERB[kind];
  if (verb && actor && placeNames.length > 0) {
    const who = actor.split(' ').at(-1) ?? actor;
    return `${who} ${verb} ${joinNames(placeNames)}`;
  }
  return shorten(sentence);
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** Trims a sentence to about 80 characters at a word boundary, without its quotation marks. */
export function shorten(sentence: string, max = 80): string {
  const s = sentence.replace(/\s+/g, ' ').replace(/^["“‘']+|["”’']+$/g, '').trim();
  if (s.length <= max) return s.replace(/[.]$/, '');
  const cut = s.lastIndexOf(' ', max - 1);
  return `${s.slice(0, cut > max / 2 ? cut : max - 1).replace(/[,;:–—-]$/, '')}…`;
}
