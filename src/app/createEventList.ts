import type { Story } from '../story/types';
import { describeWhen } from './describeWhen';

/** Options for {@link createEventList}. */
export interface EventListOptions {
  /** Called with an event id when the reader activates an item. */
  onSelect: (eventId: string) => void;
}

/** The ordered event list: the timeline as an `<ol>` of buttons, for keyboards and screen readers. */
export interface EventList {
  /** Lists `story`'s events in `order` (the player's order). */
  show(story: Story, order: readonly string[]): void;
  /** Marks `eventId` as current (`aria-current`) and scrolls it into view. */
  focus(eventId: string | null): void;
  destroy(): void;
}

/** Creates the event list in `el`. */
export function createEventList(el: HTMLElement, options: EventListOptions): EventList {
  const nav = document.createElement('nav');
  nav.className = 'dl-events';
  nav.setAttribute('aria-label', 'Events in order');
  const heading = document.createElement('h2');
  heading.className = 'dl-events__heading';
  heading.textContent = 'Events';
  const list = document.createElement('ol');
  list.className = 'dl-events__list';
  nav.append(heading, list);
  el.append(nav);
  const items = new Map<string, HTMLButtonElement>();
  return {
    show(story, order) {
      items.clear();
      const byId = new Map(story.events.map((e) => [e.id, e]));
      list.replaceChildren(
        ...order.flatMap((id) => {
          const event = byId.get(id);
          if (!event) return [];
          const li = document.createElement('li');
          const b = document.createElement('button');
          b.type = 'button';
          b.className = `dl-events__item dl-kind--${event.kind}`;
          b.dataset['eventId'] = id;
          const when = document.createElement('span');
          when.className = 'dl-events__when';
          when.textContent = describeWhen(event.when);
          const title = document.createElement('span');
          title.className = 'dl-events__title';
          title.textContent = event.title;
          b.append(when, title);
          b.addEventListener('click', () => options.onSelect(id));
          li.append(b);
          items.set(id, b);
          return [li];
        }),
      );
    },
    focus(eventId) {
      for (const [id, b] of items) {
        if (id === eventId) {
          b.setAttribute('aria-current', 'step');
          // Scroll the list itself, never the page (on a phone the list is far below the map).
          if (b.offsetTop < nav.scrollTop) nav.scrollTop = b.offsetTop - 40;
          else if (b.offsetTop + b.offsetHeight > nav.scrollTop + nav.clientHeight) nav.scrollTop = b.offsetTop + b.offsetHeight - nav.clientHeight + 8;
        } else b.removeAttribute('aria-current');
      }
    },
    destroy() {
      nav.remove();
    },
  };
}
