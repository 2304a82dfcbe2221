import { describeWhen } from '../i18n/describeWhen';
import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';
import { eventRanges, narrationSegments } from '../app/narrationSegments';
import type { Story } from '../story/types';
import type { Step } from './presentSteps';
import { textElement as el } from '../app/textElement';
import { fitSlide } from './fitSlide';
import { measureRecap } from './measureRecap';
import { routeNoteElement } from '../map/routeNoteElement';
import { routeNoteSteps } from './routeNoteSteps';

/** The slide: the current step in large type (overview, one event, or a page of the recap). */
export interface SlideView {
  /** Shows `step` and fits it to the slide's box; `position` reads like "Event 3 of 9". */
  show(step: Step, position: string): void;
  /**
   * Lays the recap out in pages for the box as it is now (after a resize, say), fits the shown
   * slide again, and returns how many pages the recap takes.
   */
  layout(): number;
  destroy(): void;
}

// The smallest slide text: readable from the back of a classroom on a 720p projector, and as big
// a part of the screen on larger ones.
const floorPx = (): number => Math.max(16, window.innerHeight * 0.024);

/**
 * Creates the slide view for `story` (events in `order`) in `root`, the slide's box, worded in
 * `lang` (loaded already); it is a polite live region, so each step is announced. The story's own
 * words are marked with the story's language, the interface's with `lang`.
 */
export function createSlideView(root: HTMLElement, story: Story, order: readonly string[], lang: Lang = 'en'): SlideView {
  const panel = el('section', 'dl-slide');
  panel.setAttribute('aria-live', 'polite');
  panel.setAttribute('aria-label', t(lang, 'present.slide'));
  const storyText = <E extends HTMLElement>(node: E): E => {
    if (story.meta.language !== lang) node.lang = story.meta.language;
    return node;
  };
  root.append(panel);
  const events = new Map(story.events.map((e) => [e.id, e]));
  const places = new Map(story.places.map((p) => [p.id, p]));
  const placeNames = (ids: readonly string[]): string => ids.flatMap((id) => places.get(id)?.displayName ?? places.get(id)?.name ?? []).join(', ');
  const ordered = order.flatMap((id) => events.get(id) ?? []);
  const noteSteps = routeNoteSteps(story, order);
  /** The notes on skipped legs of the routes this step introduces (see routeNoteSteps), small, after the rest. */
  const routeNotes = (stepId: string): HTMLElement[] => {
    const notes = (noteSteps.get(stepId) ?? []).flatMap((r) => routeNoteElement(r, { lang, storyLang: story.meta.language }) ?? []);
    if (notes.length === 0) return [];
    const box = el('div', 'dl-slide__routes');
    box.append(...notes);
    return [box];
  };
  // Where each recap page starts, in `ordered`.
  let starts = [0];
  let shown: { step: Step; position: string } | null = null;

  const overview = (): HTMLElement[] => {
    const published = describeWhen({ start: story.meta.published, precision: 'day' }, lang);
    const n = story.events.length;
    return [
      el('p', 'dl-slide__meta', [story.meta.source?.name, published].filter((x) => x !== undefined && x !== '').join(' · ')),
      storyText(el('h1', 'dl-slide__title', story.meta.title)),
      el('p', 'dl-slide__count', t(lang, 'present.count', { events: t(lang, 'present.events', { count: n }), places: t(lang, 'present.places', { count: story.places.length }) })),
      ...routeNotes('overview'),
      el('p', 'dl-slide__hint', t(lang, 'present.begin')),
    ];
  };

  const eventSlide = (eventId: string, position: string): HTMLElement[] => {
    const event = events.get(eventId);
    if (!event) return [];
    const quote = storyText(el('blockquote', 'dl-slide__quote'));
    eventRanges(event).forEach(([start, end], i) => {
      if (i > 0) quote.append(document.createTextNode(' … '));
      for (const seg of narrationSegments(story, start, end)) {
        if (seg.mark === null) quote.append(document.createTextNode(seg.text));
        else quote.append(el('mark', `dl-hl dl-hl--${seg.mark}`, seg.text));
      }
    });
    // Shown by fitSlide only when the quotation had to be cut short.
    const more = el('p', 'dl-slide__more dl-slide__more--quote', t(lang, 'present.quoteMore'));
    more.hidden = true;
    const where = placeNames(event.placeIds);
    return [
      el('p', 'dl-slide__meta', `${position} · ${t(lang, `kind.${event.kind}`)}`),
      storyText(el('h2', 'dl-slide__title', event.title)),
      el('p', 'dl-slide__when', [describeWhen(event.when, lang), where].filter((x) => x !== '').join(' · ')),
      quote,
      more,
      ...routeNotes(`event:${eventId}`),
    ];
  };

  /** Page `page` of `pages` (pages count from 1) with the events `from` up to `to`. */
  const recap = (page: number, pages: number, from: number, to: number): HTMLElement[] => {
    const list = el('ol', 'dl-slide__recap');
    list.start = from + 1;
    for (const e of ordered.slice(from, to)) {
      const li = el('li', 'dl-slide__recap-item');
      li.append(el('span', 'dl-slide__recap-when', describeWhen(e.when, lang)), storyText(el('span', 'dl-slide__recap-title', e.title)));
      list.append(li);
    }
    const meta = el('p', 'dl-slide__meta', pages > 1 ? t(lang, 'present.recapPage', { page, pages }) : t(lang, 'present.recap'));
    const parts = [meta, ...(page === 1 ? [storyText(el('h2', 'dl-slide__title', story.meta.title))] : []), list];
    return page < pages ? [...parts, el('p', 'dl-slide__more dl-slide__more--page', t(lang, 'present.recapMore'))] : parts;
  };

  const render = (step: Step, position: string): void => {
    panel.dataset['kind'] = step.kind;
    if (step.kind === 'recap') {
      const page = Math.min(Math.max(1, step.page), starts.length);
      panel.replaceChildren(...recap(page, starts.length, starts[page - 1] ?? 0, starts[page] ?? ordered.length));
    } else panel.replaceChildren(...(step.kind === 'overview' ? overview() : eventSlide(step.eventId, position)));
    fitSlide(root, panel, { floorPx: floorPx() });
  };

  return {
    show(step, position) {
      shown = { step, position };
      render(step, position);
    },
    layout() {
      starts = measureRecap(root, panel, (from, to, pages) => recap(1, pages, from, to), ordered.length);
      if (shown) render(shown.step, shown.position);
      return starts.length;
    },
    destroy() {
      panel.remove();
    },
  };
}
