import { describeSkippedLegs } from '../i18n/describeSkippedLegs';
import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';
import type { Route } from '../story/types';

/** Options for {@link routeNoteElement}. */
export interface RouteNoteOptions {
  /** Interface language, loaded already (default English). */
  readonly lang?: Lang;
  /** The story's language, marked on its own words (traveller, place names) when it differs from `lang`. */
  readonly storyLang?: string;
  /** When given, a skipped place the story locates is a button that calls this with its id (default: plain text). */
  readonly onPlace?: (placeId: string) => void;
}

/**
 * A route's note on the legs it did not make, "Mike Pompeo · Not a stop: Kyiv (cancelled)", as a
 * `p.dl-route-note`; every word from the story is set as text. `null` when the route skipped nothing.
 */
export function routeNoteElement(route: Route, options: RouteNoteOptions = {}): HTMLElement | null {
  const lang = options.lang ?? 'en';
  const segments = describeSkippedLegs(route, lang);
  if (segments.length === 0) return null;
  const storyText = <E extends HTMLElement>(node: E): E => {
    if (options.storyLang !== undefined && options.storyLang !== lang) node.lang = options.storyLang;
    return node;
  };
  const note = document.createElement('p');
  note.className = 'dl-route-note';
  note.dataset['route'] = route.id;
  const who = storyText(document.createElement('span'));
  who.className = 'dl-route-note__route';
  who.textContent = route.title ?? route.traveller;
  note.append(who, document.createTextNode(' · '));
  for (const s of segments) {
    if (s.kind === 'text') {
      note.append(document.createTextNode(s.text));
      continue;
    }
    const { placeId } = s;
    const onPlace = options.onPlace;
    const name = storyText(document.createElement(placeId !== undefined && onPlace ? 'button' : 'span'));
    name.className = 'dl-route-note__place';
    name.textContent = s.text;
    if (name instanceof HTMLButtonElement && placeId !== undefined && onPlace) {
      name.type = 'button';
      name.title = t(lang, 'route.showPlace', { name: s.text });
      name.addEventListener('click', () => onPlace(placeId));
    }
    note.append(name);
  }
  return note;
}
