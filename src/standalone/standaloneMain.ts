import 'leaflet/dist/leaflet.css';
import '../app/app.css';
import '../app/print.css';
import '../embed/embed.css';
import { mount } from '../embed/mount';
import { readEmbeddedStory } from './readEmbeddedStory';

// The page written by storyToStandaloneHtml: the story sits in <script type="application/json" id="dateline-story">.
const root = document.getElementById('app');
const state = (s: 'ready' | 'error'): void => {
  document.body.dataset['storyState'] = s;
};

function fail(el: HTMLElement | null, message: string): void {
  const p = document.createElement('p');
  p.className = 'dl-error';
  p.setAttribute('role', 'alert');
  p.textContent = message;
  el?.replaceChildren(p);
  state('error');
}

const story = readEmbeddedStory(document);
if (!root) fail(document.body, 'This page has no place for the story.');
else if (!story.ok) fail(root, story.error);
else {
  try {
    // The 110m basemap is the one inlined in the script; the URL carries the event (#event=e3), as in the app.
    mount(root, story.data, { hash: true, documentKeys: true, map: { basemap: '110m' } });
    state('ready');
  } catch {
    // mount has already shown the validation errors in `root`.
    state('error');
  }
}
