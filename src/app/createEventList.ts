import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';
import type { Story, StoryEvent } from '../story/types';
import { describeWhen } from '../i18n/describeWhen';

/** Options for {@link createEventList}. */
export interface EventListOptions {
  /** Called with an event id when the reader activates an item. */
  onSelect: (eventId: string) => void;
  /** The most items in the page at once (default 200): a 50,000-event story shows a window of them. */
  pageSize?: number;
  /** Interface language, loaded already (default English). */
  lang?: Lang;
}

/** The ordered event list: the timeline as an `<ol>` of buttons, for keyboards and screen readers. */
export interface EventList {
  /** Lists `story`'s events in `order` (the player's order); in a collection, `groupColors` colours each by its article. */
  show(story: Story, order: readonly string[], groupColors?: ReadonlyMap<string, string>): void;
  /** Hides the events of these groups (a collection's filter). */
  hideGroups(hidden: ReadonlySet<string>): void;
  /** Marks `eventId` as current (`aria-current`) and scrolls it into view. */
  focus(eventId: string | null): void;
  destroy(): void;
}

function moreButton(text: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'dl-link dl-events__more';
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

/**
 * Creates the event list in `el`. Long stories show a window of `pageSize` items around the
 * current event, with "show earlier" and "show later" buttons, so the page never holds 50,000 nodes.
 */
export function createEventList(el: HTMLElement, options: EventListOptions): EventList {
  const pageSize = options.pageSize ?? 200;
  const lang = options.lang ?? 'en';
  const nav = document.createElement('nav');
  nav.className = 'dl-events';
  nav.setAttribute('aria-label', t(lang, 'events.label'));
  const heading = document.createElement('h2');
  heading.className = 'dl-events__heading';
  heading.textContent = t(lang, 'events.heading');
  const list = document.createElement('ol');
  list.className = 'dl-events__list';
  const earlier = moreButton('', () => draw(Math.max(0, from - pageSize)));
  const later = moreButton('', () => draw(from + pageSize));
  nav.append(heading, earlier, list, later);
  el.append(nav);
  const items = new Map<string, HTMLButtonElement>();
  let order: readonly string[] = [];
  let position = new Map<string, number>();
  let byId = new Map<string, StoryEvent>();
  let from = 0;
  let current: string | null = null;
  let scrollFrame = 0;
  let colors: ReadonlyMap<string, string> | undefined;
  let hiddenGroups: ReadonlySet<string> = new Set();

  const item = (id: string): HTMLLIElement | null => {
    const event = byId.get(id);
    if (!event) return null;
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = `dl-events__item dl-kind--${event.kind}`;
    b.dataset['eventId'] = id;
    if (event.group !== undefined) {
      b.dataset['group'] = event.group;
      const color = colors?.get(event.group);
      if (color !== undefined) b.style.setProperty('--kind', color);
      li.hidden = hiddenGroups.has(event.group);
    }
    const when = document.createElement('span');
    when.className = 'dl-events__when';
    when.textContent = describeWhen(event.when, lang);
    const title = document.createElement('span');
    title.className = 'dl-events__title';
    title.textContent = event.title;
    b.append(when, title);
    b.addEventListener('click', () => options.onSelect(id));
    li.append(b);
    items.set(id, b);
    return li;
  };
  function draw(start: number): void {
    from = Math.max(0, Math.min(start, order.length - pageSize));
    items.clear();
    const to = Math.min(order.length, from + pageSize);
    list.start = from + 1;
    list.style.counterReset = `ev ${from}`;
    list.replaceChildren(...order.slice(from, to).flatMap((id) => item(id) ?? []));
    earlier.hidden = from === 0;
    earlier.textContent = t(lang, 'events.showEarlier', { count: from.toLocaleString(lang) });
    later.hidden = to >= order.length;
    later.textContent = t(lang, 'events.showLater', { count: (order.length - to).toLocaleString(lang) });
    mark();
  }
  function mark(): void {
    for (const b of list.querySelectorAll('[aria-current]')) b.removeAttribute('aria-current');
    const b = current !== null ? items.get(current) : undefined;
    if (!b) return;
    b.setAttribute('aria-current', 'step');
    // Scroll in the next frame, reading the layout once then writing, so a step forces no extra layout.
    cancelAnimationFrame(scrollFrame);
    scrollFrame = requestAnimationFrame(() => {
      // Scroll the list itself, never the page (on a phone the list is far below the map).
      const top = b.offsetTop;
      const bottom = top + b.offsetHeight;
      const { scrollTop, clientHeight } = nav;
      if (top < scrollTop) nav.scrollTop = top - 40;
      else if (bottom > scrollTop + clientHeight) nav.scrollTop = bottom - clientHeight + 8;
    });
  }
  return {
    show(story, newOrder, groupColors) {
      order = newOrder;
      colors = groupColors;
      byId = new Map(story.events.map((e) => [e.id, e]));
      position = new Map(order.map((id, i) => [id, i]));
      current = null;
      draw(0);
    },
    focus(eventId) {
      const previous = current;
      current = eventId;
      const at = eventId !== null ? position.get(eventId) : undefined;
      if (at !== undefined && (at < from || at >= from + pageSize)) draw(at - Math.floor(pageSize / 4));
      else if (previous !== current) mark();
    },
    hideGroups(hidden) {
      hiddenGroups = hidden;
      for (const [, b] of items) {
        const li = b.parentElement;
        if (li && b.dataset['group'] !== undefined) li.hidden = hidden.has(b.dataset['group']);
      }
    },
    destroy() {
      cancelAnimationFrame(scrollFrame);
      nav.remove();
    },
  };
}
