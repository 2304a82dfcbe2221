// @vitest-environment jsdom
import * as L from 'leaflet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mapContainer } from './mapContainer';
import type { Story } from '../../src/story/types';

vi.mock('../../src/map/loadBasemap', () => ({ loadBasemap: vi.fn(() => Promise.resolve(L.layerGroup())) }));

const { createMapView } = await import('../../src/map/createMapView');

const container = mapContainer;

const story = {
  format: 'dateline/1',
  meta: { title: 'T', published: '2020-02-03', text: 'Tashkent and Uzbekistan.' },
  places: [
    { id: 'tashkent', name: 'Tashkent', kind: 'city', lat: 41.2646, lon: 69.2163, mentions: [], confidence: 1 },
    { id: 'uzbekistan', name: 'Uzbekistan', kind: 'country', lat: 41, lon: 64, mentions: [], confidence: 1 },
  ],
  events: [{ id: 'e1', title: 'Visit', spans: [], kind: 'visit', when: { start: '2020-02-02', precision: 'day' }, placeIds: ['tashkent', 'uzbekistan'], confidence: 1 }],
  routes: [],
  times: [],
} as unknown as Story;

const key = (el: Element, k: string, shiftKey = false): boolean => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, cancelable: true }));

describe('createMapView with onPlaceDrag', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('gives cities a handle, areas none, and without the option nothing at all', () => {
    const plain = container();
    createMapView(plain, { animate: false }).show(story);
    expect(plain.querySelectorAll('.dl-handle, .dl-drag-hint')).toHaveLength(0);

    const el = container();
    createMapView(el, { animate: false, onPlaceDrag: () => undefined }).show(story);
    expect([...el.querySelectorAll<HTMLElement>('.dl-handle')].map((h) => h.dataset['placeId'])).toEqual(['tashkent']);
    expect(el.querySelector('.dl-handle')?.getAttribute('aria-label')).toBe('Tashkent: drag, or use the arrow keys and Enter, to move it');
    expect(el.querySelector('.dl-drag-hint')?.textContent).toBe('Drag a place to move it.');
  });

  it("with many places (canvas and clusters), only the selected event's cities get handles", () => {
    // jsdom has no canvas; a context that does nothing is enough here.
    const noop = new Proxy({}, { get: () => () => undefined });
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(noop as CanvasRenderingContext2D);
    const el = container();
    const view = createMapView(el, { animate: false, clusterAbove: 0, onPlaceDrag: () => undefined });
    view.show(story);
    expect(el.querySelectorAll('.dl-handle')).toHaveLength(0);
    view.focus('e1', new Set(['e1']));
    expect([...el.querySelectorAll<HTMLElement>('.dl-handle')].map((h) => [h.dataset['placeId'], h.classList.contains('is-active')])).toEqual([['tashkent', true]]);
    view.focus(null);
    expect(el.querySelectorAll('.dl-handle')).toHaveLength(0);
  });

  it('arrow keys nudge the handle and its place, Enter reports the new spot, and the keys go no further', () => {
    const onPlaceDrag = vi.fn();
    const heard = vi.fn();
    const el = container();
    el.addEventListener('keydown', heard);
    createMapView(el, { animate: false, onPlaceDrag }).show(story);
    const handle = el.querySelector('.dl-handle');
    if (!handle) throw new Error('no handle');
    expect(key(handle, 'ArrowRight', true)).toBe(false);
    key(handle, 'ArrowUp');
    expect(onPlaceDrag).not.toHaveBeenCalled();
    key(handle, 'Enter');
    expect(onPlaceDrag).toHaveBeenCalledTimes(1);
    const [id, lat, lon] = onPlaceDrag.mock.calls[0] as [string, number, number];
    expect(id).toBe('tashkent');
    expect(lon).toBeGreaterThan(69.2163);
    expect(lat).toBeGreaterThan(41.2646);
    // Four decimals, about 11 m: finer than a pixel at the closest zoom.
    expect(Math.round(lat * 1e4) / 1e4).toBe(lat);
    expect(heard).not.toHaveBeenCalled();
  });

  it('Escape puts a nudged place back and reports nothing; leaving a nudged handle drops it', () => {
    const onPlaceDrag = vi.fn();
    const el = container();
    createMapView(el, { animate: false, onPlaceDrag }).show(story);
    const handle = el.querySelector<HTMLElement>('.dl-handle');
    if (!handle) throw new Error('no handle');
    // jsdom has no 3D transforms, so Leaflet places markers with left and top.
    const position = (): string => `${handle.style.left},${handle.style.top},${handle.style.transform}`;
    const at = position();
    key(handle, 'ArrowLeft');
    expect(position()).not.toBe(at);
    key(handle, 'Escape');
    expect(position()).toBe(at);
    key(handle, 'Enter');
    expect(onPlaceDrag).not.toHaveBeenCalled();
    key(handle, 'ArrowDown');
    handle.dispatchEvent(new FocusEvent('blur'));
    expect(onPlaceDrag).toHaveBeenCalledWith('tashkent', expect.any(Number), 69.2163);
  });

  it('view and setView keep what the map looks at across a new map of the same size', () => {
    const first = createMapView(container(), { animate: false });
    first.show(story);
    const view = first.view();
    const second = createMapView(container(), { animate: false });
    second.show({ ...story, places: [{ ...story.places[0], lat: -30, lon: -60 } as Story['places'][number]] });
    second.setView(view);
    expect(second.view().zoom).toBe(view.zoom);
    expect(second.view().lat).toBeCloseTo(view.lat, 6);
    expect(second.view().lon).toBeCloseTo(view.lon, 6);
  });
});
