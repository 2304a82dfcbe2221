import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';
import { createMapView } from '../map/createMapView';
import { createPlayer, type Player } from '../playback/createPlayer';
import { currentEventId } from '../playback/cursor';
import { eventOrder } from '../playback/eventOrder';
import type { Story } from '../story/types';
import { createPresentBar } from './createPresentBar';
import { createSlideView } from './createSlideView';
import { presentAction, type PresentAction } from './presentKeys';
import { parseStep, presentSteps, recapStep } from './presentSteps';

/** Options for {@link createPresenter}. */
export interface PresenterOptions {
  /** Seconds per slide when autoplaying (default 10). */
  paceSeconds?: number;
  /** Interface language, loaded already (default English). */
  lang?: Lang;
  /** Where "Back to the story" leads, given the current event (default: no such link). */
  backHref?: (eventId: string | null) => string;
}

/** A running presentation. */
export interface Presenter {
  act(action: PresentAction): void;
  destroy(): void;
}

/**
 * Presents `story` in `root`: an overview slide, one slide per event with the map moving to it,
 * and a recap in as many slides as it needs; driven by clicker keys, buttons, or autoplay at a
 * chosen pace with a countdown. Every slide's text is fitted to its box. `document.body.dataset.step`
 * names the current step (`overview`, `event:<id>`, `recap`, `recap:2`…).
 */
export function createPresenter(root: HTMLElement, story: Story, options: PresenterOptions = {}): Presenter {
  const order = eventOrder(story);
  let pace = options.paceSeconds ?? 10;
  const lang = options.lang ?? 'en';
  root.classList.add('dl-present');
  const stage = document.createElement('main');
  stage.className = 'dl-present__stage';
  const mapEl = document.createElement('div');
  mapEl.className = 'dl-map dl-present__map';
  mapEl.setAttribute('role', 'region');
  mapEl.setAttribute('aria-label', t(lang, 'region.map'));
  const slideEl = document.createElement('div');
  slideEl.className = 'dl-present__slide';
  // Slides are fitted to this box, but should one still overflow (text zoomed by the reader) it scrolls, and a keyboard must reach it.
  slideEl.tabIndex = 0;
  slideEl.setAttribute('role', 'region');
  slideEl.setAttribute('aria-label', t(lang, 'present.slide'));
  stage.append(mapEl, slideEl);
  const bar = document.createElement('div');
  bar.className = 'dl-present__bar';
  const black = document.createElement('div');
  black.className = 'dl-present__black';
  black.hidden = true;
  root.append(stage, bar, black);

  // The slide carries the routes' notes on skipped legs (createSlideView), so the map does not repeat them.
  const map = createMapView(mapEl, { maxFocusZoom: 5, routeNotes: false });
  const slide = createSlideView(slideEl, story, order, lang);
  map.show(story);

  const shownEvent = (): string | null => {
    const step = parseStep(currentEventId(player.cursor));
    return step.kind === 'event' ? step.eventId : null;
  };
  const events = new Map(story.events.map((e) => [e.id, e]));
  const { previous, next, position, auto, countdown, back } = createPresentBar(bar, {
    lang,
    pace,
    onAction: (action) => act(action),
    onPace: (seconds) => {
      pace = seconds;
      player.setSpeed(1 / pace);
    },
    save: {
      eventId: shownEvent,
      capture: () => {
        const event = events.get(shownEvent() ?? '');
        return { map: mapEl, title: event ? `${story.meta.title} — ${event.title}` : story.meta.title };
      },
    },
    back: options.backHref !== undefined,
  });

  // With the bar in place, the recap takes as many slides as its events need at this size.
  let steps = presentSteps(order, slide.layout());
  // The player's base interval is one second; its speed turns that into the chosen pace.
  const newPlayer = (index: number): Player => createPlayer(steps, { intervalMs: 1000, initial: { index, speed: 1 / pace } });
  let player = newPlayer(0);

  let deadline = 0;
  let lastStep = '';
  const tickCountdown = (): void => {
    const c = player.cursor;
    const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
    countdown.textContent = c.playing && c.index < steps.length - 1 ? t(lang, 'present.countdown', { seconds: left }) : '';
  };
  const ticker = setInterval(tickCountdown, 250);

  const render = (): void => {
    const c = player.cursor;
    const id = currentEventId(c) ?? 'overview';
    const step = parseStep(id);
    if (id !== lastStep) {
      const eventIndex = step.kind === 'event' ? order.indexOf(step.eventId) : -1;
      slide.show(step, t(lang, 'narration.position', { index: eventIndex + 1, count: order.length }));
      if (step.kind === 'event') map.focus(step.eventId, new Set(order.slice(0, eventIndex + 1)));
      // From one recap page to the next the map stays as it is.
      else if (step.kind === 'overview' || parseStep(lastStep).kind !== 'recap') {
        map.show(story);
        map.focus(null, step.kind === 'recap' ? new Set(order) : new Set());
      }
      lastStep = id;
      deadline = Date.now() + pace * 1000;
    }
    document.body.dataset['step'] = id;
    if (options.backHref) back.href = options.backHref(step.kind === 'event' ? step.eventId : null);
    position.textContent = `${c.index + 1} / ${steps.length}`;
    previous.disabled = c.index <= 0;
    next.disabled = c.index >= steps.length - 1;
    auto.textContent = t(lang, c.playing ? 'present.pause' : 'present.autoplay');
    auto.setAttribute('aria-pressed', String(c.playing));
    if (c.playing) deadline = Date.now() + pace * 1000;
    tickCountdown();
  };

  function act(action: PresentAction): void {
    if (action === 'black') {
      black.hidden = !black.hidden;
      document.body.dataset['black'] = String(!black.hidden);
      return;
    }
    if (!black.hidden) {
      black.hidden = true;
      document.body.dataset['black'] = 'false';
    }
    if (action === 'fullscreen') {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      else void root.requestFullscreen?.().catch(() => undefined);
    } else if (action === 'autoplay') player.toggle();
    // End opens the recap at its first page.
    else if (action === 'last') player.select(recapStep(1));
    else player[action]();
  }

  const onKey = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target instanceof HTMLElement ? e.target : null;
    if (target?.closest('select, input, textarea')) return;
    // Space and Enter on a focused button press that button instead.
    if ((e.key === ' ' || e.key === 'Enter') && target?.closest('button')) return;
    const action = presentAction(e.key, e.shiftKey);
    if (action === null) return;
    e.preventDefault();
    act(action);
  };
  document.addEventListener('keydown', onKey);
  let unsubscribe = player.subscribe(render);
  // After a resize (full screen, another projector) the recap may need more or fewer pages: the
  // player starts again on the same step (or the recap's last page), playing if it was.
  const repage = (pages: number): void => {
    const was = player.cursor;
    const id = currentEventId(was) ?? 'overview';
    steps = presentSteps(order, pages);
    const index = steps.indexOf(id);
    unsubscribe();
    player.destroy();
    player = newPlayer(index >= 0 ? index : Math.min(was.index, steps.length - 1));
    unsubscribe = player.subscribe(render);
    if (was.playing) player.play();
    render();
  };
  let slideSize = `${slideEl.clientWidth}x${slideEl.clientHeight}`;
  const refit = (): void => {
    const size = `${slideEl.clientWidth}x${slideEl.clientHeight}`;
    if (size === slideSize) return;
    slideSize = size;
    const pages = slide.layout();
    if (pages !== steps.length - order.length - 1) repage(pages);
  };
  const resize = new ResizeObserver(() => {
    map.resize();
    refit();
  });
  resize.observe(mapEl);
  resize.observe(slideEl);
  render();

  return {
    act,
    destroy() {
      clearInterval(ticker);
      unsubscribe();
      player.destroy();
      resize.disconnect();
      document.removeEventListener('keydown', onKey);
      map.destroy();
      slide.destroy();
      root.replaceChildren();
    },
  };
}
