import 'leaflet/dist/leaflet.css';
import '../app/app.css';
import '../app/print.css';
import './present.css';
import { seedSources } from '../app/storySources';
import { fetchStory } from '../embed/fetchStory';
import { validateStory } from '../story/validateStory';
import { createPresenter } from './createPresenter';

const params = new URLSearchParams(location.search);
const root = document.getElementById('app');
const state = (s: 'loading' | 'ready' | 'error'): void => {
  document.body.dataset['storyState'] = s;
};

function fail(title: string, details: readonly string[]): void {
  const box = document.createElement('div');
  box.className = 'dl-error';
  box.setAttribute('role', 'alert');
  const head = document.createElement('strong');
  head.textContent = title;
  box.append(head);
  for (const d of details) {
    const p = document.createElement('p');
    p.textContent = d;
    box.append(p);
  }
  root?.replaceChildren(box);
  state('error');
}

async function start(el: HTMLElement): Promise<void> {
  state('loading');
  const wanted = params.get('story');
  const seed = seedSources().find((s) => s.id === wanted) ?? (wanted === null ? seedSources()[0] : undefined);
  let data: unknown;
  try {
    data = seed ? await seed.load() : wanted !== null ? await fetchStory(wanted, location.href) : null;
  } catch (e) {
    return fail('The story could not be loaded.', [e instanceof Error ? e.message : String(e)]);
  }
  const result = validateStory(data);
  if (!result.ok) return fail('This is not a valid Dateline story, so it cannot be presented.', result.errors);
  document.title = `${result.story.meta.title} · Dateline presentation`;
  const pace = Number(params.get('pace'));
  createPresenter(el, result.story, Number.isFinite(pace) && pace >= 1 && pace <= 600 ? { paceSeconds: pace } : {});
  if (params.get('autoplay') === '1') el.querySelector<HTMLButtonElement>('.dl-present__auto')?.click();
  state('ready');
}

if (root) void start(root);
