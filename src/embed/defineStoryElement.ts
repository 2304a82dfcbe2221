import { loadLanguage } from '../i18n/loadLanguage';
import { pageLanguage } from '../i18n/pageLanguage';
import { t } from '../i18n/t';
import { readEmbedOptions } from './embedOptions';
import { fetchStory } from './fetchStory';
import type { StoryLoad } from '../story/loadStory';
import type { Story } from '../story/types';
import { mountValid, type EmbedHandle } from './mount';
import { showEmbedError } from './showEmbedError';

/** The tag name of the custom element. */
export const STORY_ELEMENT = 'dateline-story';

const OBSERVED = ['src', 'event', 'autoplay', 'theme', 'controls', 'height', 'lang'];

/**
 * `<dateline-story src="story.json">`: fetches the story from the page's own origin and mounts
 * the viewer inside itself, sized by its container, speaking its `lang` attribute or the page's. It has `play()`, `pause()` and `goTo(id)`,
 * and dispatches `dateline-ready` and `dateline-event` (detail: `{ eventId, index, count }`).
 */
class DatelineStoryElement extends HTMLElement {
  static readonly observedAttributes = OBSERVED;
  private handle: EmbedHandle | null = null;
  private loading: StoryLoad | null = null;
  private ticket = 0;
  private scheduled = false;

  connectedCallback(): void {
    this.schedule();
  }

  disconnectedCallback(): void {
    this.ticket++;
    this.scheduled = false;
    this.loading?.cancel();
    this.loading = null;
    this.handle?.destroy();
    this.handle = null;
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!this.isConnected || old === value) return;
    if (name === 'event' && this.handle && value !== null) this.handle.goTo(value);
    else if (name !== 'event') this.schedule();
  }

  play(): void {
    this.handle?.play();
  }

  pause(): void {
    this.handle?.pause();
  }

  goTo(eventId: string): boolean {
    return this.handle?.goTo(eventId) ?? false;
  }

  /**
   * Loads once the attributes have settled: an upgrade or a parser reports each attribute and the
   * connection separately, in one task, and a script may set several in a row; one fetch serves them all.
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      if (!this.scheduled) return;
      this.scheduled = false;
      if (this.isConnected) void this.load();
    });
  }

  private async load(): Promise<void> {
    const mine = ++this.ticket;
    this.loading?.cancel();
    this.loading = null;
    this.handle?.destroy();
    this.handle = null;
    const src = this.getAttribute('src');
    if (src === null) return;
    this.dataset['storyState'] = 'loading';
    const options = readEmbedOptions((n) => this.getAttribute(n));
    const lang = pageLanguage(this, options.lang);
    const load = fetchStory(src, document.baseURI);
    this.loading = load;
    let problem: { title: string; details: string[]; message: string } | null = null;
    let story: Story | null = null;
    try {
      const [outcome] = await Promise.all([load.done, loadLanguage(lang)]);
      if (outcome.ok) story = outcome.story;
      else if (outcome.stage === 'invalid') problem = { title: t(lang, 'error.invalid'), details: outcome.errors, message: `Invalid story: ${outcome.errors.join('; ')}` };
      else {
        const message = outcome.stage === 'load' ? outcome.message : outcome.stage;
        problem = { title: t(lang, 'error.loadFailed', { message }), details: [], message };
      }
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      problem = { title: t(lang, 'error.loadFailed', { message }), details: [], message };
    }
    if (mine !== this.ticket) return;
    this.loading = null;
    try {
      if (problem || !story) throw new Error(problem?.message ?? 'no story');
      this.handle = mountValid(this, story, { ...options, lang });
    } catch (e) {
      if (problem) showEmbedError(this, problem.title, problem.details);
      this.dataset['storyState'] = 'error';
      this.dispatchEvent(new CustomEvent('dateline-error', { bubbles: true, detail: { message: e instanceof Error ? e.message : String(e) } }));
      return;
    }
    this.handle.on('event', (detail) => this.dispatchEvent(new CustomEvent('dateline-event', { bubbles: true, detail })));
    this.dataset['storyState'] = 'ready';
    this.dispatchEvent(new CustomEvent('dateline-ready', { bubbles: true, detail: { eventIds: [...this.handle.eventIds] } }));
  }
}

/** Registers `<dateline-story>` (once; later calls do nothing). */
export function defineStoryElement(): void {
  if (!customElements.get(STORY_ELEMENT)) customElements.define(STORY_ELEMENT, DatelineStoryElement);
}
