import * as L from 'leaflet';
import type { Lang } from '../i18n/languages';
import type { Place, Story, StoryEvent } from '../story/types';
import { createClusteredPoints, type ClusteredPoints } from './createClusteredPoints';
import { createPlaceHandle, type PlaceHandle } from './createPlaceHandle';
import { createPlaceMarker, type PlaceMarker, type PlaceState } from './createPlaceMarker';
import { labelPriority } from './labelPriority';
import { placeLabels } from './placeLabels';
import { createRouteLayer, type RouteLayer } from './createRouteLayer';
import { createSeenPlaces } from './createSeenPlaces';
import { placeColors } from './placeColors';
import { addDragHint } from './addDragHint';
import { addRouteNotes } from './addRouteNotes';
import { loadBasemap, type BasemapDetail } from './loadBasemap';
import { placeBounds } from './placeBounds';
import { routeProgress } from './routeProgress';

/** Options for {@link createMapView}; every one has a default. */
export interface MapViewOptions {
  /** Called with a place's id when the reader clicks it (default: nothing). */
  onPlaceClick?: (placeId: string) => void;
  /** Called with a message when the basemap cannot load (default: `console.warn`). */
  onError?: (message: string) => void;
  /** Natural Earth detail: `'50m'` (default) or `'110m'`. */
  basemap?: BasemapDetail;
  /** A tile URL template drawn under the places; none by default, so nothing leaves the page's host. */
  tileUrl?: string;
  /** Attribution for `tileUrl` (default: none). */
  tileAttribution?: string;
  /** Closest zoom when flying to an event (default 5). */
  maxFocusZoom?: number;
  /** Animate moves (default: yes, unless the reader prefers reduced motion). */
  animate?: boolean;
  /** Past this many places they are drawn on one canvas, labelled on hover, and overlapping pins cluster (default 150). */
  clusterAbove?: number;
  /** Interface language of the map's own words (cluster and stop labels; default English). */
  lang?: Lang;
  /** A colour per group id (a collection): places take their first event's group colour. */
  groupColors?: ReadonlyMap<string, string>;
  /**
   * When given, cities and landmarks can be moved (authoring): each gets a handle to drag, or to
   * focus and nudge with the arrow keys; a drop calls this with the new position. Default: none,
   * so readers cannot move anything.
   */
  onPlaceDrag?: (placeId: string, lat: number, lon: number) => void;
  /**
   * Show each route's note on the legs it did not make ("Not a stop: Kyiv (cancelled)") in the
   * map's lower left corner, its place names moving the map to them (default true; the
   * presentation puts the note on its slide instead).
   */
  routeNotes?: boolean;
}

/** Where the map looks: the place at its top-left corner, and its zoom (a resize keeps that corner, as Leaflet does). */
export interface MapViewState {
  readonly lat: number;
  readonly lon: number;
  readonly zoom: number;
}


/** The map: shows a story's places and routes, and focuses on one event. */
export interface MapView {
  show(story: Story): void;
  /** Highlights `eventId`'s places and flies to them; `seen` (events so far) fades the past and draws the route that far. */
  focus(eventId: string | null, seen?: ReadonlySet<string>): void;
  /** Shows only the places of the events in `ids` (`null`: all places again). */
  filter(ids: ReadonlySet<string> | null): void;
  /** Recomputes the map's size after its container changed. */
  resize(): void;
  /** Where the map looks now. */
  view(): MapViewState;
  /** Looks at `view` at once (no flight), e.g. to keep the author's view when the story is drawn again. */
  setView(view: MapViewState): void;
  destroy(): void;
}

/** Creates a Leaflet map in `el` on an offline Natural Earth basemap (no tiles unless `tileUrl` is given). */
export function createMapView(el: HTMLElement, options: MapViewOptions = {}): MapView {
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const animate = options.animate ?? !reduced;
  const maxFocusZoom = options.maxFocusZoom ?? 5;
  const map = L.map(el, { zoomSnap: 0.25, minZoom: 0.5, maxZoom: 10, worldCopyJump: false, maxBounds: [[-85, -240], [85, 240]], maxBoundsViscosity: 0.5, zoomControl: true });
  map.setView([30, 40], 2);
  map.createPane('dl-basemap').style.zIndex = '250';
  const report = options.onError ?? console.warn;
  const offline = (): void => {
    loadBasemap(options.basemap ?? '50m', 'dl-basemap')
      .then((layer) => layer.addTo(map))
      .catch((e: unknown) => report(e instanceof Error ? e.message : String(e)));
  };
  if (options.tileUrl !== undefined) {
    // A tile server that fails leaves the offline countries, not a blank map, and says so once.
    const tiles = L.tileLayer(options.tileUrl, { attribution: options.tileAttribution ?? '', pane: 'dl-basemap' }).addTo(map);
    tiles.once('tileerror', () => {
      map.removeLayer(tiles);
      report('The map tiles could not be loaded; showing the offline map.');
      offline();
    });
  } else offline();
  const canvas = L.canvas({ padding: 0.3 });
  let clustered: ClusteredPoints | null = null;
  const activeLayer = L.layerGroup();
  const content = L.layerGroup().addTo(map);
  activeLayer.addTo(map);
  let shown: ReadonlySet<string> | null = null;
  let markers = new Map<string, PlaceMarker>();
  let routes: Array<{ route: Story['routes'][number]; layer: RouteLayer }> = [];
  let places = new Map<string, Place>();
  let events = new Map<string, StoryEvent>();
  let seenPlaces = createSeenPlaces(events);
  // Each place's state, which ranks its label: a label that would cover a more important one is
  // hidden, and the selected event's labels move to another side first. Redone when the map
  // settles, never during a flight's frames.
  let states = new Map<string, PlaceState>();
  let labelled = false;
  const declutter = (): void => {
    if (!labelled) return;
    placeLabels([...markers].flatMap(([id, m]) => {
      const el = m.label();
      const p = places.get(id);
      if (!el || !p) return [];
      const state = states.get(id) ?? 'none';
      return [{ el, priority: labelPriority(p, state), shape: p.kind === 'city' || p.kind === 'landmark' ? 'point' : 'area', movable: state === 'active' } as const];
    }));
  };
  map.on('moveend', declutter);
  const onPlaceDrag = options.onPlaceDrag;
  const handles = L.layerGroup();
  let handleOf = new Map<string, PlaceHandle>();
  if (onPlaceDrag) {
    handles.addTo(map);
    addDragHint(map, options.lang);
  }
  /** A handle over `marker` that moves it (and its label) along and reports the drop. */
  const addHandle = (p: Place, marker: PlaceMarker): void => {
    if (!onPlaceDrag) return;
    const handle = createPlaceHandle(map, p, {
      onDrop: (lat, lon) => {
        onPlaceDrag(p.id, lat, lon);
        declutter();
      },
      onClick: () => options.onPlaceClick?.(p.id),
      onMove: (at) => marker.layer.setLatLng(at),
      ...(options.lang ? { lang: options.lang } : {}),
    });
    handleOf.set(p.id, handle);
    handles.addLayer(handle.layer);
  };

  // What the map last framed, so a resize of its box can frame it again.
  let framed: { bounds: L.LatLngBounds; maxZoom: number } | null = null;
  const frame = (bounds: L.LatLngBounds | null, maxZoom: number, animated: boolean): void => {
    if (!bounds) return;
    framed = { bounds, maxZoom };
    // Labels sit to the right of points, so the right margin is wider, less so on a phone.
    const right = map.getSize().x < 500 ? 60 : 120;
    const fit = { paddingTopLeft: [30, 30] as L.PointTuple, paddingBottomRight: [right, 30] as L.PointTuple, maxZoom };
    if (animated) map.flyToBounds(bounds, { ...fit, duration: 0.8 });
    else map.fitBounds(bounds, { ...fit, animate: false });
  };
  const fitAll = (): void => frame(placeBounds([...places.values()]), 5, false);
  // A skipped place is looked at, not made a stop: the map moves to it and the route stays as it is.
  const lookAt = (placeId: string): void => {
    const p = places.get(placeId);
    if (p) frame(placeBounds([p]), maxFocusZoom, animate);
  };
  const notes = options.routeNotes === false ? null : addRouteNotes(map, { ...(options.lang ? { lang: options.lang } : {}), onPlace: lookAt });

  return {
    show(story) {
      content.clearLayers();
      activeLayer.clearLayers();
      handles.clearLayers();
      handleOf = new Map();
      shown = null;
      places = new Map(story.places.map((p) => [p.id, p]));
      events = new Map(story.events.map((e) => [e.id, e]));
      seenPlaces = createSeenPlaces(events);
      routes = story.routes.map((route) => ({ route, layer: createRouteLayer(route, places, options.lang) }));
      for (const r of routes) content.addLayer(r.layer.layer);
      notes?.show(story);
      const many = story.places.length > (options.clusterAbove ?? 150);
      labelled = !many;
      const colorOf = placeColors(story, options.groupColors, el);
      const onClick = (id: string): void => options.onPlaceClick?.(id);
      markers = new Map(story.places.map((p) => [p.id, createPlaceMarker(p, onClick, many ? { renderer: canvas, ...colorOf(p.id) } : undefined, options.groupColors ? colorOf(p.id).color : undefined)]));
      states = new Map();
      // Areas first, so cities are drawn on top of the country rings they lie in.
      const isPoint = (p: Place): boolean => p.kind === 'city' || p.kind === 'landmark';
      const sorted = [...story.places].sort((a, b) => Number(isPoint(a)) - Number(isPoint(b)));
      for (const p of many ? sorted.filter((q) => !isPoint(q)) : sorted) {
        const m = markers.get(p.id);
        if (m) content.addLayer(m.layer);
      }
      // Thousands of places get handles only for the selected event's places (see focus).
      if (!many) for (const p of sorted.filter(isPoint)) addHandle(p, markers.get(p.id) as PlaceMarker);
      clustered = many ? createClusteredPoints(map, sorted.filter(isPoint), markers, { renderer: canvas, ...colorOf(null) }, options.lang) : null;
      if (clustered) content.addLayer(clustered.layer);
      fitAll();
      clustered?.update(null);
      declutter();
    },
    filter(ids) {
      const visible = ids === null ? null : new Set([...ids].flatMap((id) => events.get(id)?.placeIds ?? []));
      shown = visible;
      for (const [id, m] of markers) m.setHidden(visible !== null && !visible.has(id));
      for (const [id, h] of handleOf) {
        if (visible !== null && !visible.has(id)) handles.removeLayer(h.layer);
        else handles.addLayer(h.layer);
      }
      clustered?.update(visible);
      declutter();
    },
    focus(eventId, seen = new Set()) {
      const event = eventId !== null ? events.get(eventId) : undefined;
      const active = new Set(event?.placeIds ?? []);
      const past = seenPlaces(seen);
      for (const [id, m] of markers) {
        const state = !event ? 'none' : active.has(id) ? 'active' : past.has(id) ? 'past' : 'idle';
        m.setState(state);
        if (labelled) states.set(id, state);
      }
      declutter();
      if (clustered) {
        // On a canvas, the active places are drawn again on top, with their names, outside any cluster.
        activeLayer.clearLayers();
        if (onPlaceDrag) {
          handles.clearLayers();
          handleOf = new Map();
        }
        for (const id of active) {
          const p = places.get(id);
          if (!p || (shown && !shown.has(id))) continue;
          const m = createPlaceMarker(p, (pid) => options.onPlaceClick?.(pid));
          activeLayer.addLayer(m.layer);
          m.setState('active');
          if (p.kind === 'city' || p.kind === 'landmark') addHandle(p, m);
        }
      }
      for (const [id, h] of handleOf) h.setActive(active.has(id));
      for (const r of routes) r.layer.setProgress(event ? routeProgress(r.route, events, seen, past) : null);
      if (!event) return;
      // A lone place is framed with the places of the event before it, so a move keeps its context.
      let earlier: string | undefined;
      for (const id of seen) if (id !== eventId) earlier = id;
      const around = active.size >= 2 || earlier === undefined ? [...active] : [...active, ...(events.get(earlier)?.placeIds ?? [])];
      frame(placeBounds(around.flatMap((id) => places.get(id) ?? [])), maxFocusZoom, animate);
    },
    view() {
      const corner = map.containerPointToLatLng([0, 0]);
      return { lat: corner.lat, lon: corner.lng, zoom: map.getZoom() };
    },
    setView(view) {
      framed = null;
      const corner = map.project([view.lat, view.lon], view.zoom);
      map.setView(map.unproject(corner.add(map.getSize().divideBy(2)), view.zoom), view.zoom, { animate: false });
    },
    resize() {
      map.invalidateSize({ pan: false });
      if (framed) frame(framed.bounds, framed.maxZoom, false);
    },
    destroy() {
      map.off();
      map.remove();
    },
  };
}
