import { describeWhen } from '../i18n/describeWhen';
import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';
import { eventRanges, narrationSegments } from '../app/narrationSegments';
import type { Story } from '../story/types';
import type { Step } from './presentSteps';
import { textElement as el } from '../app/textElement';

/** The slide: the current step in large type (overview, one event, or recap). */
export interface SlideView {
  /** Shows `step`; `position` reads like "Event 3 of 9". */
  show(step: Step, position: string): void;
  destroy(): void;
}

/**
 * Creates the slide view for `story` (events in `order`) in `root`, worded in `lang` (loaded
 * already); it is a polite live region, so each step is announced. The story's own words are
 * marked with the story's language, the interface's with `lang`.
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

  const overview = (): HTMLElement[] => {
    const published = describeWhen({ start: story.meta.published, precision: 'day' }, lang);
    const n = story.events.length;
    return [
      el('p', 'dl-slide__meta', [story.meta.source?.name, published].filter((x) => x !== undefined && x !== '').join(' · ')),
      storyText(el('h1', 'dl-slide__title', story.meta.title)),
      el('p', 'dl-slide__count', t(lang, 'present.count', { events: t(lang, 'present.events', { count: n }), places: t(lang, 'present.places', { count: story.places.length }) })),
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
    const where = placeNames(event.placeIds);
    return [
      el('p', 'dl-slide__meta', `${position} · ${t(lang, `kind.${event.kind}`)}`),
      storyText(el('h2', 'dl-slide__title', event.title)),
      el('p', 'dl-slide__when', [describeWhen(event.when, lang), where].filter((x) => x !== '').join(' · ')),
      quote,
    ];
  };

  const recap = (): HTMLElement[] => {
    const list = el('ol', 'dl-slide__recap');
    for (const e of order.flatMap((id) => events.get(id) ?? [])) {
      const li = el('li', 'dl-slide__recap-item');
      li.append(el('span', 'dl-slide__recap-when', describeWhen(e.when, lang)), storyText(el('span', 'dl-slide__recap-title', e.title)));
      list.append(li);
    }
    return [el('p', 'dl-slide__meta', t(lang, 'present.recap')), storyText(el('h2', 'dl-slide__title', story.meta.title)), list];
  };

  return {
    show(step, position) {
      panel.dataset['kind'] = step.kind;
      panel.replaceChildren(...(step.kind === 'overview' ? overview() : step.kind === 'recap' ? recap() : eventSlide(step.eventId, position)));
    },
    destroy() {
      panel.remove();
    },
  };
}
