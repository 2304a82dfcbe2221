import 'leaflet/dist/leaflet.css';
import '../app/app.css';
import '../app/print.css';
import './embed.css';
import { parseOrigins } from './allowedOrigins';
import { createFrameBridge } from './createFrameBridge';
import { readEmbedOptions } from './embedOptions';
import { fetchStory } from './fetchStory';
import { mount } from './mount';

const params = new URLSearchParams(location.search);
const root = document.getElementById('app');
const options = readEmbedOptions((n) => params.get(n));
if (options.lang !== undefined) document.documentElement.lang = options.lang;
const state = (s: 'loading' | 'ready' | 'error'): void => {
  document.body.dataset['storyState'] = s;
};

function fail(message: string): void {
  const p = document.createElement('p');
  p.className = 'dl-error';
  p.setAttribute('role', 'alert');
  p.textContent = message;
  root?.replaceChildren(p);
  state('error');
}

async function start(el: HTMLElement, story: string): Promise<void> {
  state('loading');
  let data: unknown;
  try {
    data = await fetchStory(story, location.href);
  } catch (e) {
    return fail(`The story could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    const handle = mount(el, data, { ...options, hash: true, documentKeys: true });
    const title = el.querySelector('.dl-title')?.textContent ?? '';
    createFrameBridge(handle, title, { parentOrigins: parseOrigins(params.get('parentOrigin')), mirror: params.get('mirror') === '1', measure: el });
    state('ready');
  } catch {
    state('error');
  }
}

const story = params.get('story');
if (root && story !== null && story !== '') void start(root, story);
else fail('No story given: add ?story=<address of a story JSON on this site> to the embed URL.');
