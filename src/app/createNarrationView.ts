import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';
import type { Story, StoryEvent } from '../story/types';
import { describeWhen } from '../i18n/describeWhen';
import { eventRanges, narrationSegments } from './narrationSegments';
import { textElement as el } from './textElement';

/** Options for {@link createNarrationView}. */
export interface NarrationViewOptions {
  /** Called to move on (default: nothing); shown as Previous / Next links when given. */
  onStep?: (direction: -1 | 1) => void;
  /** Interface language, loaded already (default English). */
  lang?: Lang;
}

/** The narration: the selected event's title, date and places in words, and its source sentence with place and time words highlighted. */
export interface NarrationView {
  show(story: Story): void;
  /** Narrates `eventId` (`position` is "3 of 9"), or the story's opening when `null`. */
  focus(eventId: string | null, position?: string): void;
  /** Stops announcing changes (playing by time changes the event several times a second) or starts again. */
  quiet(on: boolean): void;
  destroy(): void;
}

/** Creates the narration panel in `root`; it is a polite live region, so changes are announced. */
export function createNarrationView(root: HTMLElement, options: NarrationViewOptions = {}): NarrationView {
  const lang = options.lang ?? 'en';
  const panel = el('section', 'dl-narration');
  panel.setAttribute('aria-live', 'polite');
  panel.setAttribute('aria-label', t(lang, 'region.narration'));
  root.append(panel);
  let story: Story | null = null;
  let events = new Map<string, StoryEvent>();

  const quote = (event: StoryEvent): HTMLElement => {
    const q = el('blockquote', 'dl-narration__quote');
    if (!story) return q;
    eventRanges(event).forEach(([start, end], i) => {
      if (i > 0) q.append(document.createTextNode(' … '));
      for (const seg of narrationSegments(story as Story, start, end)) {
        if (seg.mark === null) q.append(document.createTextNode(seg.text));
        else q.append(el('mark', `dl-hl dl-hl--${seg.mark}`, seg.text));
      }
    });
    return q;
  };

  return {
    show(s) {
      story = s;
      events = new Map(s.events.map((e) => [e.id, e]));
    },
    focus(eventId, position) {
      const event = eventId !== null ? events.get(eventId) : undefined;
      if (!story) return panel.replaceChildren();
      if (!event) {
        const intro = el('p', 'dl-narration__hint', t(lang, story.events.length > 0 ? 'narration.hint' : 'narration.empty'));
        return panel.replaceChildren(el('h2', 'dl-narration__title', story.meta.title), intro);
      }
      const places = event.placeIds.map((id) => story?.places.find((p) => p.id === id)).flatMap((p) => (p ? [p.displayName ?? p.name] : []));
      const meta = el('p', 'dl-narration__meta', [position, t(lang, `kind.${event.kind}`)].filter((x) => x !== undefined).join(' · '));
      const when = el('p', 'dl-narration__when');
      when.append(el('span', 'dl-narration__date', describeWhen(event.when, lang)));
      if (places.length > 0) when.append(document.createTextNode(` · ${places.join(', ')}`));
      const parts: HTMLElement[] = [meta, el('h2', 'dl-narration__title', event.title), when, quote(event)];
      if (event.actors.length > 0) parts.push(el('p', 'dl-narration__actors', t(lang, 'narration.who', { actors: event.actors.join(', ') })));
      if (options.onStep) {
        const nav = el('p', 'dl-narration__nav');
        for (const [dir, text] of [[-1, t(lang, 'narration.previous')], [1, t(lang, 'narration.next')]] as const) {
          const b = el('button', 'dl-link', text);
          b.type = 'button';
          b.addEventListener('click', () => options.onStep?.(dir));
          nav.append(b);
        }
        parts.push(nav);
      }
      panel.replaceChildren(...parts);
    },
    quiet(on) {
      const live = on ? 'off' : 'polite';
      if (panel.getAttribute('aria-live') !== live) panel.setAttribute('aria-live', live);
    },
    destroy() {
      panel.remove();
    },
  };
}
