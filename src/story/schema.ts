import { z } from 'zod';

/** The current story format; stories carry it in `format` so old ones keep loading. */
export const STORY_FORMAT = 'dateline/1';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Whether the `YYYY-MM-DD` at the start of `s` is a day of the calendar (no 30 February). */
const realDay = (s: string): boolean => {
  const [y, m, d] = [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))];
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
};

/** Whether `s` is a date a story accepts in `when`: ISO 8601 (a day, or a day and time), and a real one. */
export const isStoryDate = (s: string): boolean => isoDateTime.test(s) && realDay(s) && !Number.isNaN(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s));

/** Whether `s` is a day as `meta.published` takes it (YYYY-MM-DD), and a real one. */
export const isStoryDay = (s: string): boolean => isoDate.test(s) && realDay(s);

const dateString = z
  .string()
  .regex(isoDateTime, { message: 'not a date', abort: true })
  .refine((s) => isStoryDate(s), { message: 'not a date' });

/** A character span in the article text (0-based, end-exclusive), with the rule that found it. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  rule: z.string().optional(),
});

/** How precise a time is: the timeline draws a day as a band, an hour as a point. */
export const PrecisionSchema = z.enum(['century', 'decade', 'year', 'season', 'quarter', 'month', 'week', 'day', 'partOfDay', 'hour', 'minute']);

/**
 * When something happened, no more than the text supports: a known interval (`start`, `end`
 * exclusive, `precision`, `timex`), or, where only an order is known, bounds (`after`, `before`).
 */
export const WhenSchema = z
  .object({
    start: dateString.optional(),
    end: dateString.optional(),
    precision: PrecisionSchema.optional(),
    timex: z.string().optional(),
    after: dateString.optional(),
    before: dateString.optional(),
    label: z.string().optional(),
  })
  .refine((w) => w.start !== undefined || w.after !== undefined || w.before !== undefined, {
    message: 'needs start, after or before',
  });

/** A name a place has held, with the years it held it (Nur-Sultan 2019–2022). */
export const OtherNameSchema = z.object({
  name: z.string(),
  from: z.number().int().optional(),
  to: z.number().int().optional(),
});

/** Why the ranking favoured a candidate: a reason code and the places of the text it rests on. */
export const CandidateReasonSchema = z.object({
  code: z.enum(['dateline', 'nearDateline', 'within', 'namedWith', 'list', 'regionNamed', 'countryNamed', 'regionCue', 'nameSaysKind', 'countryName', 'capital', 'largest', 'heldThen']),
  places: z.array(z.string()).optional(),
});

/** A ranked alternative the author can switch a place to, with what tells it from its namesakes. */
export const CandidateSchema = z.object({
  gazetteerId: z.string(),
  name: z.string(),
  kind: z.string(),
  countryCode: z.string().optional(),
  /** The state, province or region it lies in ("Georgia" for Samoa, Georgia). */
  region: z.string().optional(),
  population: z.number().nonnegative().optional(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  score: z.number(),
  /** Why the ranking favoured it, strongest first. */
  reasons: z.array(CandidateReasonSchema).optional(),
});

/** The kinds of place a story knows; regions draw as areas, cities as pins. */
export const PlaceKindSchema = z.enum(['continent', 'country', 'region', 'area', 'city', 'landmark', 'water']);

/** One place the article mentions, resolved to one gazetteer entry. */
export const PlaceSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  displayName: z.string().optional(),
  kind: PlaceKindSchema,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** [south, west, north, east] in degrees (Leaflet's LatLngBounds order, not GeoJSON's). */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  gazetteerId: z.string().optional(),
  countryCode: z.string().optional(),
  otherNames: z.array(OtherNameSchema).optional(),
  mentions: z.array(SpanSchema),
  confidence: z.number().min(0).max(1),
  candidates: z.array(CandidateSchema).optional(),
});

/** A time expression in the article, normalised in TIMEX3 terms. */
export const TimeMentionSchema = z.object({
  id: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: z.string(),
  rule: z.string().optional(),
});

/** The kinds of event; background has no date of its own and gets its own lane. */
export const EventKindSchema = z.enum(['travel', 'visit', 'meeting', 'statement', 'incident', 'background']);

/** Something that happened (or is stated), tied to its sentence, time, places and actors. */
export const EventSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  summary: z.string().optional(),
  spans: z.array(SpanSchema),
  kind: EventKindSchema,
  when: WhenSchema.optional(),
  placeIds: z.array(z.string()),
  actors: z.array(z.string()),
  timeIds: z.array(z.string()).optional(),
  confidence: z.number().min(0).max(1),
  /** In a collection, the id of the article (group) the event came from. */
  group: z.string().optional(),
});

/** What a stop is in its journey. */
export const StopRoleSchema = z.enum(['start', 'stop', 'connection', 'end', 'home']);

/**
 * One stop of a route. `sequence` orders stops; stops that share a sequence number happened
 * between their neighbours in an order the text does not give.
 */
export const StopSchema = z.object({
  placeId: z.string(),
  within: z.string().optional(),
  sequence: z.number().int().nonnegative(),
  when: WhenSchema.optional(),
  eventId: z.string().optional(),
  /** Where the journey starts, an ordinary stop, a place passed through, where it ends, the way home. */
  role: StopRoleSchema.optional(),
  /** How sure extraction is of the stop (0..1); absent when a person set it. */
  confidence: z.number().min(0).max(1).optional(),
  spans: z.array(SpanSchema),
});

/** A place the text names for the journey that is not a stop: a cancelled or postponed leg, an earlier trip. */
export const SkippedLegSchema = z.object({
  name: z.string(),
  placeId: z.string().optional(),
  reason: z.enum(['cancelled', 'earlier trip']),
  spans: z.array(SpanSchema),
});

/** An itinerary: who travels, and the ordered stops. */
export const RouteSchema = z.object({
  id: z.string().min(1),
  traveller: z.string(),
  title: z.string().optional(),
  stops: z.array(StopSchema),
  spans: z.array(SpanSchema),
  /** Legs the text names but the traveller did not make, shown as notes beside the route. */
  skipped: z.array(SkippedLegSchema).optional(),
});

/** Facts about the article the story came from, including its full text. */
export const MetaSchema = z.object({
  title: z.string(),
  published: z.string().regex(isoDate, { message: 'not a date (YYYY-MM-DD)', abort: true }).refine(isStoryDay, { message: 'not a date (YYYY-MM-DD)' }),
  source: z.object({ name: z.string().optional(), url: z.string().optional() }).optional(),
  language: z.string(),
  dateline: z.object({ text: z.string(), placeId: z.string().optional(), span: SpanSchema.optional() }).optional(),
  text: z.string(),
});

/** One article of a collection: the views give each group a colour and a filter. */
export const GroupSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  published: z.string().regex(isoDate, { message: 'not a date (YYYY-MM-DD)', abort: true }).refine(isStoryDay, { message: 'not a date (YYYY-MM-DD)' }).optional(),
  /** A CSS colour chosen by the author; the views pick one from their palette when absent. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'not a #rrggbb colour' }).optional(),
});

/** A story: the only thing the views know. */
export const StorySchema = z.object({
  format: z.literal(STORY_FORMAT),
  meta: MetaSchema,
  places: z.array(PlaceSchema),
  events: z.array(EventSchema),
  routes: z.array(RouteSchema),
  times: z.array(TimeMentionSchema),
  /** Present when several articles are merged into one collection; events name theirs in `group`. */
  groups: z.array(GroupSchema).optional(),
});
