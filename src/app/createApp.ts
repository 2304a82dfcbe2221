import { t } from '../i18n/t';
import { currentEventId } from '../playback/cursor';
import { presentHref } from '../present/presentHref';
import { createSaveImageButton } from '../snapshot/createSaveImageButton';
import type { StoryLoad } from '../story/loadStory';
import { createErrorBanner } from './createErrorBanner';
import { createHeaderLinks } from './createHeaderLinks';
import { createLayout } from './createLayout';
import { createLoadingView } from './createLoadingView';
import { loadingText } from './loadingText';
import { loadSource } from './loadSource';
import { createStoryPicker } from './createStoryPicker';
import { mountStory, type MountedStory, type MountOptions } from './mountStory';
import { collectionSource, seedSources, urlSource, type StorySource } from './storySources';

/** The running app: which story is open, and a way to open another. */
export interface App {
  open(id: string): Promise<void>;
  destroy(): void;
}

/**
 * Builds the whole viewer in `root`: the picker lists every story in `seeds/` (plus a same-origin
 * `?story=<url>`); the chosen story is validated (a story at an address off the main thread, with
 * progress and Cancel over the map), and problems show in a visible banner instead of breaking the page. `document.body.dataset.storyState` says `loading`, `ready` or `error`.
 */
export function createApp(root: HTMLElement, options: MountOptions = {}): App {
  const lang = options.lang ?? 'en';
  const layout = createLayout(root, lang);
  const banner = createErrorBanner(layout.banner);
  const seeds = seedSources();
  const sources: StorySource[] = seeds.length > 1 ? [...seeds, collectionSource(seeds, t(lang, 'app.collection'))] : seeds;
  const wanted = new URLSearchParams(location.search).get('story');
  let refused = false;
  if (wanted !== null && !sources.some((s) => s.id === wanted)) {
    const extra = urlSource(wanted, location.href);
    refused = extra === null;
    if (extra) sources.unshift(extra);
    else banner.show(t(lang, 'app.notAllowed'), [t(lang, 'app.notOnSite', { address: wanted })]);
  }
  let mounted: MountedStory | null = null;
  let shownId: string | null = null;
  let loading: StoryLoad | null = null;
  let ticket = 0;
  const progress = createLoadingView(layout.map.parentElement ?? root, { lang, onCancel: () => loading?.cancel() });
  const state = (s: 'loading' | 'ready' | 'error'): void => {
    document.body.dataset['storyState'] = s;
  };

  async function open(id: string): Promise<void> {
    const mine = ++ticket;
    const source = sources.find((s) => s.id === id);
    if (!source) return;
    state('loading');
    picker.show(id);
    // A newer pick replaces a load still under way.
    loading?.cancel();
    const load = loadSource(source, (p) => progress.progress(p));
    loading = load;
    progress.start(source.label);
    // Marks for the player bench's breakdown of the time to interactive (load, then mount).
    performance.mark('dateline:load');
    const outcome = await load.done;
    performance.mark('dateline:loaded');
    if (mine !== ticket) return;
    loading = null;
    progress.hide();
    if (!outcome.ok && outcome.stage === 'cancelled') {
      banner.show(loadingText(lang, 'cancelled', { label: source.label }), [loadingText(lang, 'cancelledHint')]);
      // The story shown before (if any) stays, and the picker says so again.
      if (mounted && shownId !== null) {
        picker.show(shownId);
        return state('ready');
      }
      layout.title.textContent = t(lang, 'app.notOpened');
      return state('error');
    }
    mounted?.destroy();
    mounted = null;
    shownId = null;
    if (!outcome.ok && outcome.stage === 'load') {
      banner.show(t(lang, 'app.loadFailed', { label: source.label }), [outcome.message]);
      return state('error');
    }
    if (!outcome.ok) {
      layout.title.textContent = source.label;
      layout.byline.textContent = '';
      banner.show(t(lang, 'app.invalid', { label: source.label }), outcome.stage === 'invalid' ? outcome.errors : []);
      return state('error');
    }
    banner.clear();
    links.present.href = presentHref(id, new URLSearchParams(location.search).get('lang'));
    mounted = mountStory(layout, outcome.story, { ...options, onError: (m) => banner.show(t(lang, 'app.mapFailed'), [m]) });
    performance.mark('dateline:mounted');
    shownId = id;
    // A story from an older Dateline opens, but the reader (or its author) should know it was upgraded.
    if (outcome.notes.length > 0) banner.show(t(lang, 'app.upgraded'), outcome.notes);
    picker.rename(id, outcome.story.meta.title);
    state('ready');
  }

  const links = createHeaderLinks(layout.header, lang, new URLSearchParams(location.search).get('lang'));
  createSaveImageButton(links.nav, {
    lang,
    className: 'dl-link',
    eventId: () => (mounted ? currentEventId(mounted.player.cursor) : null),
    capture: () => ({ map: layout.map, timeline: layout.timeline, title: layout.title.textContent ?? '' }),
    onError: (m) => banner.show(t(lang, 'app.imageFailed'), [m]),
  });
  const picker = createStoryPicker(layout.picker, {
    sources,
    onPick: (id) => {
      const url = new URL(location.href);
      url.searchParams.set('story', id);
      url.hash = '';
      history.pushState(null, '', url);
      void open(id);
    },
  });
  const first = sources.find((s) => s.id === wanted) ?? sources[0];
  if (refused) {
    // The reader asked for a particular story; showing another one instead would mislead.
    layout.title.textContent = t(lang, 'app.notOpened');
    state('error');
  } else if (first) void open(first.id);
  else {
    layout.title.textContent = t(lang, 'app.noStories');
    banner.show(t(lang, 'app.noStoriesTitle'), [t(lang, 'app.noStoriesHint')]);
    state('error');
  }
  const onPop = (): void => {
    const id = new URLSearchParams(location.search).get('story') ?? sources[0]?.id;
    if (id !== undefined && id !== (document.querySelector<HTMLSelectElement>('.dl-picker select')?.value ?? '')) void open(id);
  };
  window.addEventListener('popstate', onPop);
  return {
    open,
    destroy() {
      window.removeEventListener('popstate', onPop);
      loading?.cancel();
      progress.destroy();
      mounted?.destroy();
      root.replaceChildren();
    },
  };
}
