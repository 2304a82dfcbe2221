// @vitest-environment jsdom
import * as L from 'leaflet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mapContainer } from './mapContainer';

vi.mock('../../src/map/loadBasemap', () => ({ loadBasemap: vi.fn(() => Promise.resolve(L.layerGroup())) }));

const { createMapView } = await import('../../src/map/createMapView');
const { loadBasemap } = await import('../../src/map/loadBasemap');

const container = mapContainer;

describe('createMapView with a tile URL', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.mocked(loadBasemap).mockClear();
  });

  it('falls back to the offline basemap and says so once when tiles fail', async () => {
    const onError = vi.fn();
    const el = container();
    const view = createMapView(el, { tileUrl: 'http://127.0.0.1:9/{z}/{x}/{y}.png', onError, animate: false });
    expect(loadBasemap).not.toHaveBeenCalled();
    const tiles = [...el.querySelectorAll('img.leaflet-tile')];
    expect(tiles.length).toBeGreaterThan(1);
    for (const t of tiles) t.dispatchEvent(new Event('error'));
    await Promise.resolve();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith('The map tiles could not be loaded; showing the offline map.');
    expect(loadBasemap).toHaveBeenCalledTimes(1);
    expect(el.querySelectorAll('img.leaflet-tile')).toHaveLength(0);
    view.destroy();
  });

  it('loads only the offline basemap when no tile URL is given', () => {
    const view = createMapView(container(), { animate: false });
    expect(loadBasemap).toHaveBeenCalledTimes(1);
    view.destroy();
  });
});
