import { CandidateReasonSchema, EventKindSchema, isStoryDate, isStoryDay, PlaceKindSchema, PrecisionSchema, STORY_FORMAT, StopRoleSchema } from './schema';
import { STORY_LIMITS } from './storyLimits';
import type { Story } from './types';

type Check = (v: unknown) => boolean;

// Strings and lists within STORY_LIMITS, by the same keys as checkStoryLimits (the common shape is never nested too deep).
const upTo = (max: number): Check => (v) => typeof v === 'string' && v.length <= max;
const str = upTo(STORY_LIMITS.stringChars);
const title = upTo(STORY_LIMITS.titleChars);
const name = upTo(STORY_LIMITS.nameChars);
const id: Check = (v) => typeof v === 'string' && v.length > 0 && v.length <= STORY_LIMITS.stringChars;
const finite = (min: number, max: number): Check => (v) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const num = finite(-Infinity, Infinity);
const int = (min: number): Check => (v) => Number.isSafeInteger(v) && (v as number) >= min;
const oneOf = (values: readonly string[]): Check => {
  const set = new Set(values);
  return (v) => typeof v === 'string' && set.has(v);
};
/** Every index, holes included (`every` would skip a hole; the schema sees it as undefined). */
const list = (item: Check, max: number = STORY_LIMITS.listItems): Check => (v) => {
  if (!Array.isArray(v) || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
  return true;
};
// A big story repeats its dates (a year has 8,760 hours), so each distinct one is parsed once per check.
let dates = new Map<string, boolean>();
const date: Check = (v) => {
  if (typeof v !== 'string') return false;
  let ok = dates.get(v);
  if (ok === undefined) {
    ok = v.length <= STORY_LIMITS.stringChars && isStoryDate(v);
    dates.set(v, ok);
  }
  return ok;
};
const day: Check = (v) => typeof v === 'string' && isStoryDay(v);

/** An object with exactly these fields: `required`, and `optional` ones absent (never present as undefined); no others. */
function obj(required: Record<string, Check>, optional: Record<string, Check> = {}, rule?: (o: Record<string, unknown>) => boolean): Check {
  const must = Object.entries(required);
  const may = Object.entries(optional);
  const known = new Set([...Object.keys(required), ...Object.keys(optional)]);
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    for (const [k, check] of must) if (!check(o[k])) return false;
    for (const [k, check] of may) {
      const value = o[k];
      if (value === undefined ? k in o : !check(value)) return false;
    }
    for (const k in o) if (!known.has(k)) return false;
    return rule ? rule(o) : true;
  };
}

const span = obj({ start: int(0), end: int(0), text: str }, { rule: str });
const spans = list(span);
const when = obj({}, { start: date, end: date, precision: oneOf(PrecisionSchema.options), timex: str, after: date, before: date, label: name }, (w) => w['start'] !== undefined || w['after'] !== undefined || w['before'] !== undefined);
const lat = finite(-90, 90);
const lon = finite(-180, 180);
const place = obj(
  { id, name, kind: oneOf(PlaceKindSchema.options), lat, lon, mentions: spans, confidence: finite(0, 1) },
  {
    displayName: name,
    bbox: (v) => Array.isArray(v) && v.length === 4 && list(num)(v),
    gazetteerId: str,
    countryCode: str,
    otherNames: list(obj({ name }, { from: int(-Infinity), to: int(-Infinity) })),
    candidates: list(obj({ gazetteerId: str, name, kind: str, lat, lon, score: num }, { countryCode: str, region: name, population: finite(0, Infinity), reasons: list(obj({ code: oneOf(CandidateReasonSchema.shape.code.options) }, { places: list(name) })) })),
  },
);
const event = obj(
  { id, title, spans, kind: oneOf(EventKindSchema.options), placeIds: list(str), actors: list(name), confidence: finite(0, 1) },
  { summary: str, when, timeIds: list(str), group: str },
);
const stop = obj({ placeId: str, sequence: int(0), spans }, { within: str, when, eventId: str, role: oneOf(StopRoleSchema.options), confidence: finite(0, 1) });
const skipped = obj({ name, reason: oneOf(['cancelled', 'earlier trip']), spans }, { placeId: str });
const route = obj({ id, traveller: name, stops: list(stop, STORY_LIMITS.stops), spans }, { title, skipped: list(skipped) });
const time = obj({ id, start: int(0), end: int(0), text: str, type: oneOf(['DATE', 'TIME', 'DURATION', 'SET']), value: str }, { rule: str });
const meta = obj(
  { title, published: day, language: str, text: upTo(STORY_LIMITS.textChars) },
  { source: obj({}, { name, url: str }), dateline: obj({ text: str }, { placeId: str, span }) },
);
const group = obj({ id, title }, { published: day, color: (v) => typeof v === 'string' && /^#[0-9a-fA-F]{6}$/.test(v) });
const story = obj(
  {
    format: (v) => v === STORY_FORMAT,
    meta,
    places: list(place, STORY_LIMITS.places),
    events: list(event, STORY_LIMITS.events),
    routes: list(route, STORY_LIMITS.routes),
    times: list(time, STORY_LIMITS.times),
  },
  { groups: list(group) },
);

/**
 * The fast path of validation: true only for data within STORY_LIMITS that StorySchema accepts and
 * would return unchanged (no unknown field, no field present as undefined), as JSON stories are.
 * Anything else (a bad or merely unusual story) goes to the limits and the schema, which word the
 * messages. A 50,000-event story is checked several times faster this way.
 */
export function isCommonStory(data: unknown): data is Story {
  dates = new Map();
  try {
    return story(data);
  } finally {
    dates = new Map();
  }
}
