import { currentEventId } from '../playback/cursor';
import { presentHref } from '../present/presentHref';
import { createSaveImageButton } from '../snapshot/createSaveImageButton';
import { validateStory } from '../story/validateStory';
import { createErrorBanner } from './createErrorBanner';
import { createLayout } from './createLayout';
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
 * `?story=<url>`); the chosen story is validated, and problems show in a visible banner instead
 * of breaking the page. `document.body.dataset.storyState` says `loading`, `ready` or `error`.
 */
export function createApp(root: HTMLElement, options: MountOptions = {}): App {
  const layout = createLayout(root);
  const banner = createErrorBanner(layout.banner);
  const seeds = seedSources();
  const sources: StorySource[] = seeds.length > 1 ? [...seeds, collectionSource(seeds)] : seeds;
  const wanted = new URLSearchParams(location.search).get('story');
  let refused = false;
  if (wanted !== null && !sources.some((s) => s.id === wanted)) {
    const extra = urlSource(wanted, location.href);
    refused = extra === null;
    if (extra) sources.unshift(extra);
    else banner.show('That story address is not allowed.', [`"${wanted}" is not on this site; only stories from the page's own host can be opened.`]);
  }
  let mounted: MountedStory | null = null;
  let ticket = 0;
  const state = (s: 'loading' | 'ready' | 'error'): void => {
    document.body.dataset['storyState'] = s;
  };

  async function open(id: string): Promise<void> {
    const mine = ++ticket;
    const source = sources.find((s) => s.id === id);
    if (!source) return;
    state('loading');
    picker.show(id);
    let data: unknown;
    try {
      data = await source.load();
    } catch (e) {
      data = e instanceof Error ? e : new Error(String(e));
    }
    if (mine !== ticket) return;
    mounted?.destroy();
    mounted = null;
    if (data instanceof Error) {
      banner.show(`The story "${source.label}" could not be loaded.`, [data.message]);
      return state('error');
    }
    const result = validateStory(data);
    if (!result.ok) {
      layout.title.textContent = source.label;
      layout.byline.textContent = '';
      banner.show(`The story "${source.label}" is not a valid Dateline story, so it cannot be shown.`, result.errors);
      return state('error');
    }
    banner.clear();
    links.present.href = presentHref(id, new URLSearchParams(location.search).get('lang'));
    mounted = mountStory(layout, result.story, { ...options, onError: (m) => banner.show('The map could not be drawn fully.', [m]) });
    // A story from an older Dateline opens, but the reader (or its author) should know it was upgraded.
    if (result.notes) banner.show('This story was made by an older version of Dateline and was upgraded to open it.', result.notes);
    picker.rename(id, result.story.meta.title);
    state('ready');
  }

  const links = createHeaderLinks(layout.header);
  createSaveImageButton(links.nav, {
    className: 'dl-link',
    eventId: () => (mounted ? currentEventId(mounted.player.cursor) : null),
    capture: () => ({ map: layout.map, timeline: layout.timeline, title: layout.title.textContent ?? '' }),
    onError: (m) => banner.show('The image could not be saved.', [m]),
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
    layout.title.textContent = 'Story not opened';
    state('error');
  } else if (first) void open(first.id);
  else {
    layout.title.textContent = 'No stories yet';
    banner.show('There are no stories to show.', ['Add a seeds/*.story.json file, or open a story with ?story=<address on this site>.']);
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
      mounted?.destroy();
      root.replaceChildren();
    },
  };
}

/** The app's own links in the header: the story full screen for a classroom, and the authoring page. */
function createHeaderLinks(header: HTMLElement): { nav: HTMLElement; present: HTMLAnchorElement } {
  const nav = document.createElement('nav');
  nav.className = 'dl-header__links';
  nav.setAttribute('aria-label', 'Other modes');
  const link = (text: string, href: string, title: string): HTMLAnchorElement => {
    const a = document.createElement('a');
    a.className = 'dl-link dl-header__present';
    a.textContent = text;
    a.href = href;
    a.title = title;
    nav.append(a);
    return a;
  };
  const present = link('Present', 'present.html', 'Play this story full screen, one event per slide');
  link('Write a story', 'author.html', 'Paste an article and turn it into a story');
  header.append(nav);
  return { nav, present };
}
