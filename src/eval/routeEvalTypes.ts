/** One gold stop of a route eval line (bench/sets/README.md). */
export interface GoldStop {
  name: string;
  lat: number;
  lon: number;
  cc?: string;
  kind?: string;
  /** 1-based; stops that share a number are in an order the text does not give. */
  order: number;
  role?: string;
  /** YYYY-MM-DD or YYYY-MM, where the text gives the day (or month) the traveller was there. */
  date?: string;
}

/** One gold route: a traveller and the ordered stops. */
export interface GoldRoute {
  traveller: string;
  aliases?: string[];
  stops: GoldStop[];
}

/** One route eval line: an article, its publication date, its split and its gold routes. */
export interface RouteEvalLine {
  id: string;
  split: string;
  genre?: string;
  date: string;
  title?: string;
  text: string;
  routes: GoldRoute[];
}

/** A predicted stop as the scorer needs it: where, what kind, its order and its date. */
export interface PredictedStop {
  name: string;
  lat: number;
  lon: number;
  kind: string;
  countryCode?: string;
  sequence: number;
  /** The day (YYYY-MM-DD…) the stop is dated to, when it has a start. */
  start?: string;
}

/** A predicted route. */
export interface PredictedRoute {
  traveller: string;
  stops: PredictedStop[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isGoldStop(v: unknown): v is GoldStop {
  return isObject(v) && typeof v['name'] === 'string' && typeof v['lat'] === 'number' && typeof v['lon'] === 'number' && Number.isInteger(v['order']) && (v['date'] === undefined || (typeof v['date'] === 'string' && /^\d{4}-\d{2}(?:-\d{2})?$/.test(v['date'])));
}

/** Narrows a parsed JSON line to a route eval line. */
export function isRouteEvalLine(value: unknown): value is RouteEvalLine {
  if (!isObject(value)) return false;
  if (typeof value['id'] !== 'string' || typeof value['text'] !== 'string' || typeof value['date'] !== 'string' || typeof value['split'] !== 'string') return false;
  const routes = value['routes'];
  return Array.isArray(routes) && routes.every((r: unknown) => isObject(r) && typeof r['traveller'] === 'string' && Array.isArray(r['stops']) && r['stops'].every(isGoldStop));
}
