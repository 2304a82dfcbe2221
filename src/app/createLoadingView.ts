import './loading.css';
import type { Lang } from '../i18n/languages';
import type { StoryProgress } from '../story/storyWorkerMessages';
import { loadingText } from './loadingText';

/**
 * Options for {@link createLoadingView}: `delayMs` (default 300) keeps a quick load from flashing
 * the view; `over` (default true) lays it over its container (which the stylesheet positions), else it sits in the flow.
 */
export interface LoadingViewOptions {
  lang?: Lang;
  delayMs?: number;
  over?: boolean;
  /** The Cancel button's classes (default the viewer's `dl-btn`). */
  buttonClass?: string;
  onCancel: () => void;
}

/** A story's loading progress with a Cancel button, shown over the place where the story will appear. */
export interface LoadingView {
  /** Starts a load of `label`: the view appears if it is still loading after the delay. */
  start(label: string): void;
  progress(progress: StoryProgress): void;
  /** Shows `text` under the bar, with the bar at `done` of `total` (a moving bar without them). */
  detail(text: string, done?: number, total?: number): void;
  /** Hides the view (the load ended). */
  hide(): void;
  destroy(): void;
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Creates the (hidden) loading view in `el`. */
export function createLoadingView(el: HTMLElement, options: LoadingViewOptions): LoadingView {
  const lang = options.lang ?? 'en';
  const box = document.createElement('div');
  box.className = `dl-loading ${options.over === false ? 'dl-loading--inline' : 'dl-loading--over'}`;
  box.setAttribute('role', 'status');
  box.hidden = true;
  const title = document.createElement('p');
  title.className = 'dl-loading__title';
  const bar = document.createElement('progress');
  bar.className = 'dl-loading__bar';
  const detail = document.createElement('p');
  detail.className = 'dl-loading__detail';
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.className = `${options.buttonClass ?? 'dl-btn'} dl-loading__cancel`;
  cancel.textContent = loadingText(lang, 'cancel');
  cancel.addEventListener('click', () => options.onCancel());
  box.append(title, bar, detail, cancel);
  el.append(box);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hide = (): void => {
    clearTimeout(timer);
    box.hidden = true;
  };
  return {
    start(label) {
      hide();
      title.textContent = loadingText(lang, 'opening', { label });
      bar.removeAttribute('value');
      detail.textContent = '';
      timer = setTimeout(() => {
        box.hidden = false;
      }, options.delayMs ?? 300);
    },
    progress(p) {
      if (p.stage === 'checking') {
        bar.removeAttribute('value');
        detail.textContent = loadingText(lang, 'checking');
        return;
      }
      if (p.total !== null && p.total > 0) {
        bar.max = p.total;
        bar.value = Math.min(p.loaded, p.total);
        detail.textContent = loadingText(lang, 'readOf', { loaded: mb(p.loaded), total: mb(p.total) });
      } else detail.textContent = loadingText(lang, 'read', { loaded: mb(p.loaded) });
    },
    detail(text, done, total) {
      if (done !== undefined && total !== undefined && total > 0) {
        bar.max = total;
        bar.value = Math.min(done, total);
      } else bar.removeAttribute('value');
      detail.textContent = text;
    },
    hide,
    destroy() {
      hide();
      box.remove();
    },
  };
}
