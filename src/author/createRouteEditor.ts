import { describeWhen } from '../i18n/describeWhen';
import { textElement } from '../app/textElement';
import type { Lang } from '../i18n/languages';
import type { Route, Story } from '../story/types';
import { createButton } from './createButton';
import { drawInSlices } from './drawInSlices';
import type { Edit } from './edit';
import { at } from './i18n/at';

const ROLE_KEYS = { start: 'route.roleStart', connection: 'route.roleConnection', end: 'route.roleEnd', home: 'route.roleHome' } as const;

/** Options for {@link createRouteEditor}. */
export interface RouteEditorOptions {
  onEdit: (edit: Edit) => void;
  /** Interface language (default English); dates are written in it. */
  lang?: Lang;
}

/** The controls of a stop, by what they do. */
type Control = 'up' | 'down' | 'merge' | 'remove';

/** Each route's stops in order, with buttons to move, merge and remove them. */
export interface RouteEditor {
  /** Draws the story's routes, long ones in slices; resolves when they are drawn (or a later show took over). */
  show(story: Story): Promise<void>;
  destroy(): void;
}

/** Creates the route editor in `el`. */
export function createRouteEditor(el: HTMLElement, options: RouteEditorOptions): RouteEditor {
  const lang = options.lang ?? 'en';
  const root = textElement('div', 'au-routes');
  el.append(root);
  // Counts shows, so a drawing that a newer show overtook stops.
  let shows = 0;
  // The control an edit was made with, and where its stop now stands: the next drawing gives it the focus back, as any
  // list editor does, instead of dropping it to the page when the list is redrawn.
  let refocus: { routeId: string; index: number; control: Control } | null = null;
  const edit = (e: Extract<Edit, { routeId: string; index: number }>, control: Control, index: number): void => {
    refocus = { routeId: e.routeId, index, control };
    options.onEdit(e);
  };
  return {
    async show(story) {
      const shown = ++shows;
      const names = new Map(story.places.map((p) => [p.id, p.displayName ?? p.name]));
      if (story.routes.length === 0) {
        root.replaceChildren(textElement('p', 'au-empty', at(lang, 'route.none')));
        return;
      }
      const stops: { route: Route; list: HTMLElement; shared: Map<number, number>; i: number }[] = [];
      root.replaceChildren(
        ...story.routes.map((route) => {
          const section = textElement('section', 'au-route');
          section.append(textElement('h3', 'au-route__title', at(lang, 'route.journey', { traveller: route.traveller || at(lang, 'route.someone') })));
          const list = textElement('ol', 'au-stops');
          const shared = new Map<number, number>();
          for (const stop of route.stops) shared.set(stop.sequence, (shared.get(stop.sequence) ?? 0) + 1);
          route.stops.forEach((_, i) => stops.push({ route, list, shared, i }));
          section.append(list);
          if (route.skipped && route.skipped.length > 0) {
            const places = route.skipped.map((leg) => `${leg.name} (${at(lang, leg.reason === 'cancelled' ? 'route.cancelled' : 'route.earlierTrip')})`).join(', ');
            section.append(textElement('p', 'au-route__skipped', at(lang, 'route.skipped', { places })));
          }
          return section;
        }),
      );
      // A track of a thousand stops is drawn in slices, so the page keeps answering meanwhile.
      await drawInSlices(
        stops,
        ({ route, list, shared, i }) => {
          const stop = route.stops[i];
          if (!stop) return;
          const li = textElement('li', 'au-stop');
          const name = names.get(stop.placeId) ?? stop.placeId;
          const label = textElement('span', 'au-stop__name', name);
          const role = stop.role !== undefined && stop.role !== 'stop' ? at(lang, ROLE_KEYS[stop.role]) : '';
          const unordered = (shared.get(stop.sequence) ?? 0) > 1;
          const when = textElement('span', 'au-stop__when', [role, stop.when ? describeWhen(stop.when, lang) : '', unordered ? at(lang, 'route.unordered') : ''].filter(Boolean).join(' · '));
          const up = createButton('↑', () => edit({ type: 'moveStop', routeId: route.id, index: i, delta: -1 }, 'up', i - 1), 'au-btn au-btn--small');
          up.setAttribute('aria-label', at(lang, 'route.earlier', { place: name }));
          up.disabled = i === 0;
          const down = createButton('↓', () => edit({ type: 'moveStop', routeId: route.id, index: i, delta: 1 }, 'down', i + 1), 'au-btn au-btn--small');
          down.setAttribute('aria-label', at(lang, 'route.later', { place: name }));
          down.disabled = i === route.stops.length - 1;
          const merge = createButton(at(lang, 'route.merge'), () => edit({ type: 'mergeStops', routeId: route.id, index: i }, 'merge', i), 'au-btn au-btn--small au-btn--quiet');
          merge.disabled = i === route.stops.length - 1;
          const remove = createButton(at(lang, 'route.remove'), () => edit({ type: 'removeStop', routeId: route.id, index: i }, 'remove', Math.min(i, route.stops.length - 2)), 'au-btn au-btn--small au-btn--quiet');
          remove.setAttribute('aria-label', at(lang, 'route.removeStop', { place: name }));
          const text = textElement('span', 'au-stop__text');
          text.append(label, when);
          li.append(textElement('span', 'au-stop__seq', String(stop.sequence + 1)), text, up, down, merge, remove);
          list.append(li);
          if (refocus?.routeId === route.id && refocus.index === i) {
            const wanted = { up, down, merge, remove }[refocus.control];
            // A stop moved to an end loses that arrow: the other one, or the first control left, takes the focus.
            [wanted, up, down, merge, remove].find((b) => !b.disabled)?.focus();
            refocus = null;
          }
        },
        () => shown !== shows,
      );
    },
    destroy() {
      el.replaceChildren();
    },
  };
}
