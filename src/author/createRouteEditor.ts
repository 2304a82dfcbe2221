import { describeWhen } from '../i18n/describeWhen';
import { textElement } from '../app/textElement';
import type { Lang } from '../i18n/languages';
import type { Story } from '../story/types';
import { createButton } from './createButton';
import type { Edit } from './edit';
import { at } from './i18n/at';

const ROLE_KEYS = { start: 'route.roleStart', connection: 'route.roleConnection', end: 'route.roleEnd', home: 'route.roleHome' } as const;

/** Options for {@link createRouteEditor}. */
export interface RouteEditorOptions {
  onEdit: (edit: Edit) => void;
  /** Interface language (default English); dates are written in it. */
  lang?: Lang;
}

/** Each route's stops in order, with buttons to move, merge and remove them. */
export interface RouteEditor {
  show(story: Story): void;
  destroy(): void;
}

/** Creates the route editor in `el`. */
export function createRouteEditor(el: HTMLElement, options: RouteEditorOptions): RouteEditor {
  const lang = options.lang ?? 'en';
  const root = textElement('div', 'au-routes');
  el.append(root);
  return {
    show(story) {
      const names = new Map(story.places.map((p) => [p.id, p.displayName ?? p.name]));
      if (story.routes.length === 0) {
        root.replaceChildren(textElement('p', 'au-empty', at(lang, 'route.none')));
        return;
      }
      root.replaceChildren(
        ...story.routes.map((route) => {
          const section = textElement('section', 'au-route');
          section.append(textElement('h3', 'au-route__title', at(lang, 'route.journey', { traveller: route.traveller || at(lang, 'route.someone') })));
          const list = textElement('ol', 'au-stops');
          route.stops.forEach((stop, i) => {
            const li = textElement('li', 'au-stop');
            const shared = route.stops.filter((s) => s.sequence === stop.sequence).length > 1;
            const label = textElement('span', 'au-stop__name', names.get(stop.placeId) ?? stop.placeId);
            const role = stop.role !== undefined && stop.role !== 'stop' ? at(lang, ROLE_KEYS[stop.role]) : '';
            const when = textElement('span', 'au-stop__when', [role, stop.when ? describeWhen(stop.when, lang) : '', shared ? at(lang, 'route.unordered') : ''].filter(Boolean).join(' · '));
            const name = names.get(stop.placeId) ?? stop.placeId;
            const up = createButton('↑', () => options.onEdit({ type: 'moveStop', routeId: route.id, index: i, delta: -1 }), 'au-btn au-btn--small');
            up.setAttribute('aria-label', at(lang, 'route.earlier', { place: name }));
            up.disabled = i === 0;
            const down = createButton('↓', () => options.onEdit({ type: 'moveStop', routeId: route.id, index: i, delta: 1 }), 'au-btn au-btn--small');
            down.setAttribute('aria-label', at(lang, 'route.later', { place: name }));
            down.disabled = i === route.stops.length - 1;
            const merge = createButton(at(lang, 'route.merge'), () => options.onEdit({ type: 'mergeStops', routeId: route.id, index: i }), 'au-btn au-btn--small au-btn--quiet');
            merge.disabled = i === route.stops.length - 1;
            const remove = createButton(at(lang, 'route.remove'), () => options.onEdit({ type: 'removeStop', routeId: route.id, index: i }), 'au-btn au-btn--small au-btn--quiet');
            remove.setAttribute('aria-label', at(lang, 'route.removeStop', { place: name }));
            const text = textElement('span', 'au-stop__text');
            text.append(label, when);
            li.append(textElement('span', 'au-stop__seq', String(stop.sequence + 1)), text, up, down, merge, remove);
            list.append(li);
          });
          section.append(list);
          if (route.skipped && route.skipped.length > 0) {
            const places = route.skipped.map((leg) => `${leg.name} (${at(lang, leg.reason === 'cancelled' ? 'route.cancelled' : 'route.earlierTrip')})`).join(', ');
            section.append(textElement('p', 'au-route__skipped', at(lang, 'route.skipped', { places })));
          }
          return section;
        }),
      );
    },
    destroy() {
      el.replaceChildren();
    },
  };
}
