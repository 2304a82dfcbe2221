import type { Lang } from './languages';
import { t } from './t';
import type { Route } from '../story/types';

/** A piece of a route's note: interface words, or a place name from the story (with its place, when the story has one). */
export type NoteSegment = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'name'; readonly text: string; readonly placeId?: string };

// Stands for a parameter while a message is formatted, so the message can be cut around it; no
// story text ever passes through `t`, so nothing in a name can be taken for it.
const SLOT = '\u0000';

/** `message` cut at its one slot, with `fill` in its place; neighbouring words merge into one text segment. */
function around(message: string, fill: readonly NoteSegment[]): NoteSegment[] {
  const at = message.indexOf(SLOT);
  if (at < 0) return [{ kind: 'text', text: message }];
  const before = message.slice(0, at);
  const after = message.slice(at + SLOT.length);
  return [...(before ? [{ kind: 'text', text: before } as const] : []), ...fill, ...(after ? [{ kind: 'text', text: after } as const] : [])];
}

/** Joins runs of interface words into one segment. */
function merge(segments: readonly NoteSegment[]): NoteSegment[] {
  const out: NoteSegment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (s.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + s.text };
    else out.push(s);
  }
  return out;
}

/**
 * The note shown beside a route for the legs the text names but the traveller did not make
 * ("Not a stop: Kyiv (cancelled) and Kenya (an earlier trip)"), in `lang`, as segments so a view
 * can set each as text and make the place names links; empty when the route skipped nothing.
 */
export function describeSkippedLegs(route: Route, lang: Lang = 'en'): NoteSegment[] {
  const legs = route.skipped ?? [];
  if (legs.length === 0) return [];
  const described = legs.map((leg) => {
    const message = t(lang, leg.reason === 'cancelled' ? 'route.cancelled' : 'route.earlierTrip', { name: SLOT });
    return around(message, [{ kind: 'name', text: leg.name, ...(leg.placeId !== undefined ? { placeId: leg.placeId } : {}) }]);
  });
  // The list's own words ("and", commas) come from the language's rules; each element is one leg.
  const list = new Intl.ListFormat(lang, { type: 'conjunction' }).formatToParts(described.map((_, i) => String(i)));
  const places = list.flatMap((part): NoteSegment[] => (part.type === 'element' ? (described[Number(part.value)] ?? []) : [{ kind: 'text', text: part.value }]));
  return merge(around(t(lang, 'route.notAStop', { places: SLOT }), places));
}
