import 'leaflet/dist/leaflet.css';
import '../app/app.css';
import '../app/print.css';
import './embed.css';
import { loadLanguage } from '../i18n/loadLanguage';
import { pageLanguage } from '../i18n/pageLanguage';
import { t } from '../i18n/t';
import { parseOrigins, pinParentOrigins, readPinnedOrigins } from './allowedOrigins';
import { createFrameBridge } from './createFrameBridge';
import { readEmbedOptions } from './embedOptions';
import { fetchStory } from './fetchStory';
import { mountValid } from './mount';
import { showEmbedError } from './showEmbedError';

const params = new URLSearchParams(location.search);
const root = document.getElementById('app');
const options = readEmbedOptions((n) => params.get(n));
// The frame's page is ours, so its language is only what the embedding page asks for with ?lang=.
const lang = pageLanguage(null, options.lang);
document.documentElement.lang = lang;
const state = (s: 'loading' | 'ready' | 'error'): void => {
  document.body.dataset['storyState'] = s;
};

function fail(message: string): void {
  if (root) showEmbedError(root, message);
  state('error');
}

async function start(el: HTMLElement, story: string): Promise<void> {
  state('loading');
  let outcome: Awaited<ReturnType<typeof fetchStory>['done']>;
  try {
    [outcome] = await Promise.all([fetchStory(story, location.href).done, loadLanguage(lang)]);
  } catch (e) {
    return fail(t(lang, 'error.loadFailed', { message: e instanceof Error ? e.message : String(e) }));
  }
  if (!outcome.ok) {
    if (outcome.stage === 'invalid' && root) {
      showEmbedError(root, t(lang, 'error.invalid'), outcome.errors);
      return state('error');
    }
    return fail(t(lang, 'error.loadFailed', { message: outcome.stage === 'load' ? outcome.message : outcome.stage }));
  }
  try {
    const handle = mountValid(el, outcome.story, { ...options, lang, hash: true, documentKeys: true });
    const title = el.querySelector('.dl-title')?.textContent ?? '';
    createFrameBridge(handle, title, {
      parentOrigins: pinParentOrigins(parseOrigins(params.get('parentOrigin')), readPinnedOrigins(document.querySelector<HTMLMetaElement>('meta[name="dateline-parent-origins"]')?.content)),
      mirror: params.get('mirror') === '1',
      measure: el,
      onAutoHeight: () => document.body.classList.add('dl-frame--auto'),
    });
    state('ready');
  } catch {
    state('error');
  }
}

const story = params.get('story');
if (root && story !== null && story !== '') void start(root, story);
else void loadLanguage(lang).then(() => fail(t(lang, 'error.noStory')), () => fail(t('en', 'error.noStory')));
