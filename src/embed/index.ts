import { defineStoryElement } from './defineStoryElement';

export { mount, type EmbedHandle, type EmbedEvents, type MountEmbedOptions } from './mount';
export { defineStoryElement, STORY_ELEMENT } from './defineStoryElement';

// The stylesheet sits next to this script (a variable, so the bundler leaves the URL alone).
const stylesheet = 'dateline.css';
const href = new URL(stylesheet, import.meta.url).href;
if (![...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((l) => l.href === href)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}
defineStoryElement();
