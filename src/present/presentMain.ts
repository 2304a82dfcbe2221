import 'leaflet/dist/leaflet.css';
import '../app/app.css';
import '../app/print.css';
import './present.css';
import { loadSource } from '../app/loadSource';
import { seedSources } from '../app/storySources';
import { fetchStory } from '../embed/fetchStory';
import { showEmbedError } from '../embed/showEmbedError';
import { loadLanguage } from '../i18n/loadLanguage';
import { pickLanguage } from '../i18n/pickLanguage';
import { t } from '../i18n/t';
import { finishedLoad } from '../story/loadStory';
import { createPresenter } from './createPresenter';
import { presentBackHref } from './presentBackHref';

const params = new URLSearchParams(location.search);
const root = document.getElementById('app');
// Our own page: ?lang= first, else the reader's browser languages, else English.
const lang = pickLanguage([params.get('lang') ?? '', ...navigator.languages]);
document.documentElement.lang = lang;
const state = (s: 'loading' | 'ready' | 'error'): void => {
  document.body.dataset['storyState'] = s;
};

function fail(title: string, details: readonly string[]): void {
  if (root) showEmbedError(root, title, details);
  state('error');
}

async function start(el: HTMLElement): Promise<void> {
  state('loading');
  const wanted = params.get('story');
  const seed = seedSources().find((s) => s.id === wanted) ?? (wanted === null ? seedSources()[0] : undefined);
  // A seed is checked on the page; a story at an address is read and checked by the story worker.
  const load = seed ? loadSource(seed, () => undefined) : wanted !== null ? fetchStory(wanted, location.href) : finishedLoad({ ok: false, stage: 'invalid', errors: ['No story was given: add ?story= and its address to this page’s address.'] });
  let outcome: Awaited<typeof load.done>;
  try {
    [outcome] = await Promise.all([load.done, loadLanguage(lang)]);
  } catch (e) {
    return fail(t(lang, 'error.loadFailedTitle'), [e instanceof Error ? e.message : String(e)]);
  }
  if (!outcome.ok && outcome.stage === 'load') return fail(t(lang, 'error.loadFailedTitle'), [outcome.message]);
  if (!outcome.ok) return fail(t(lang, 'error.invalidPresent'), outcome.stage === 'invalid' ? outcome.errors : []);
  const result = outcome;
  document.title = t(lang, 'present.title', { title: result.story.meta.title });
  const pace = Number(params.get('pace'));
  createPresenter(el, result.story, {
    lang,
    backHref: (eventId) => presentBackHref(location.href, eventId),
    ...(Number.isFinite(pace) && pace >= 1 && pace <= 600 ? { paceSeconds: pace } : {}),
  });
  if (params.get('autoplay') === '1') el.querySelector<HTMLButtonElement>('.dl-present__auto')?.click();
  state('ready');
}

if (root) void start(root);
