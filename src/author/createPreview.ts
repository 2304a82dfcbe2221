import { createLayout } from '../app/createLayout';
import { mountStory, type MountedStory } from '../app/mountStory';
import { currentEventId } from '../playback/cursor';
import type { Story } from '../story/types';

/** Options for {@link createPreview}. */
export interface PreviewOptions {
  /** A problem drawing the map (the basemap failed to load). */
  onError: (message: string) => void;
  /** Milliseconds to wait for more edits before redrawing (default 200). */
  delayMs?: number;
}

/** The live player pane: the story as a reader will see it. */
export interface Preview {
  /** Redraws with `story` (after a short pause), keeping the selected event when it still exists. */
  show(story: Story): void;
  destroy(): void;
}

/** Creates the preview in `el` with the viewer's own layout and mountStory; it never touches the page's URL. */
export function createPreview(el: HTMLElement, options: PreviewOptions): Preview {
  let mounted: MountedStory | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wanted: Story | null = null;

  const draw = (): void => {
    timer = undefined;
    const story = wanted;
    if (!story) return;
    const selected = mounted ? currentEventId(mounted.player.cursor) : null;
    mounted?.destroy();
    const root = document.createElement('div');
    el.replaceChildren(root);
    const layout = createLayout(root);
    mounted = mountStory(layout, story, { hash: false, keys: el, stateElement: el, map: { basemap: '110m', animate: false }, onError: options.onError });
    if (selected !== null && story.events.some((e) => e.id === selected)) mounted.player.select(selected);
  };

  return {
    show(story) {
      wanted = story;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(draw, mounted ? (options.delayMs ?? 200) : 0);
    },
    destroy() {
      if (timer !== undefined) clearTimeout(timer);
      mounted?.destroy();
      mounted = null;
      el.replaceChildren();
    },
  };
}
