import fc from 'fast-check';
import type { Place, Route, Span, Story, StoryEvent, TimeMention, When } from '../../src/story/types';

const text = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: 'binary', maxLength });
// JSON turns -0 into 0; a story never needs -0, so generate neither it nor infinities.
const finite = (min: number, max: number): fc.Arbitrary<number> => fc.double({ min, max, noNaN: true }).map((x) => x + 0);
const confidence = finite(0, 1);
const isoDay = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const isoDate = fc.oneof(isoDay, isoDay.map((d) => `${d}T12:30:00Z`), isoDay.map((d) => `${d}T08:15`));
const precision = fc.constantFrom('century', 'decade', 'year', 'season', 'quarter', 'month', 'week', 'day', 'partOfDay', 'hour', 'minute' as const);

const when: fc.Arbitrary<When> = fc
  .record({ start: isoDate, end: isoDate, precision, timex: text(20), after: isoDate, before: isoDate, label: text(20) }, { requiredKeys: [] })
  .filter((w) => w.start !== undefined || w.after !== undefined || w.before !== undefined);

function span(article: string): fc.Arbitrary<Span> {
  return fc
    .tuple(fc.nat({ max: article.length }), fc.nat({ max: article.length }), fc.option(text(10), { nil: undefined }))
    .map(([a, b, rule]) => {
      const start = Math.min(a, b);
      const end = Math.max(a, b);
      const s: Span = { start, end, text: article.slice(start, end) };
      if (rule !== undefined) s.rule = rule;
      return s;
    });
}

function place(article: string, id: string): fc.Arbitrary<Place> {
  return fc
    .record(
      {
        name: text(30),
        displayName: text(30),
        kind: fc.constantFrom('continent', 'country', 'region', 'area', 'city', 'landmark', 'water' as const),
        lat: finite(-90, 90),
        lon: finite(-180, 180),
        bbox: fc.tuple(finite(-90, 90), finite(-180, 180), finite(-90, 90), finite(-180, 180)),
        gazetteerId: text(12),
        countryCode: text(3),
        otherNames: fc.array(fc.record({ name: text(20), from: fc.integer({ min: -3000, max: 3000 }), to: fc.integer({ min: -3000, max: 3000 }) }, { requiredKeys: ['name'] }), { maxLength: 2 }),
        mentions: fc.array(span(article), { maxLength: 3 }),
        confidence,
        candidates: fc.array(
          fc.record({ gazetteerId: text(10), name: text(20), kind: text(10), countryCode: text(3), lat: finite(-90, 90), lon: finite(-180, 180), score: finite(-1e6, 1e6) }, { requiredKeys: ['gazetteerId', 'name', 'kind', 'lat', 'lon', 'score'] }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: ['name', 'kind', 'lat', 'lon', 'mentions', 'confidence'] },
    )
    .map((p) => ({ id, ...p }));
}

function event(article: string, id: string, placeIds: readonly string[]): fc.Arbitrary<StoryEvent> {
  const placeId = placeIds.length > 0 ? fc.constantFrom(...placeIds) : fc.constant('');
  return fc
    .record(
      {
        title: text(40),
        summary: text(60),
        spans: fc.array(span(article), { maxLength: 3 }),
        kind: fc.constantFrom('travel', 'visit', 'meeting', 'statement', 'incident', 'background' as const),
        when,
        placeIds: placeIds.length > 0 ? fc.array(placeId, { maxLength: 3 }) : fc.constant<string[]>([]),
        actors: fc.array(text(20), { maxLength: 3 }),
        timeIds: fc.array(text(5), { maxLength: 2 }),
        confidence,
      },
      { requiredKeys: ['title', 'spans', 'kind', 'placeIds', 'actors', 'confidence'] },
    )
    .map((e) => ({ id, ...e }));
}

const isNonEmpty = (xs: readonly string[]): xs is readonly [string, ...string[]] => xs.length > 0;

function route(article: string, id: string, placeIds: readonly string[], eventIds: readonly string[]): fc.Arbitrary<Route> {
  const stop = (ids: readonly [string, ...string[]]) => fc.record(
    {
      placeId: fc.constantFrom(...ids),
      within: text(10),
      sequence: fc.nat({ max: 50 }),
      when,
      eventId: eventIds.length > 0 ? fc.constantFrom(...eventIds) : text(5),
      spans: fc.array(span(article), { maxLength: 2 }),
    },
    { requiredKeys: ['placeId', 'sequence', 'spans'] },
  );
  return fc
    .record({ traveller: text(30), title: text(30), stops: isNonEmpty(placeIds) ? fc.array(stop(placeIds), { maxLength: 5 }) : fc.constant<Route["stops"]>([]), spans: fc.array(span(article), { maxLength: 2 }) }, { requiredKeys: ['traveller', 'stops', 'spans'] })
    .map((r) => ({ id, ...r }));
}

function time(article: string, id: string): fc.Arbitrary<TimeMention> {
  return fc
    .record({ s: span(article), type: fc.constantFrom('DATE', 'TIME', 'DURATION', 'SET' as const), value: text(20), rule: text(10) }, { requiredKeys: ['s', 'type', 'value'] })
    .map(({ s, type, value, rule }) => (rule === undefined ? { id, start: s.start, end: s.end, text: s.text, type, value } : { id, start: s.start, end: s.end, text: s.text, type, value, rule }));
}

const ids = (prefix: string, max: number): fc.Arbitrary<string[]> =>
  fc.uniqueArray(text(8).filter((s) => s.length > 0), { maxLength: max }).map((xs) => xs.map((x, i) => (i % 2 === 0 ? `${prefix}${i}` : x)));

/** Any valid story: every id unique, every reference resolving, every span inside the article text, links http(s). */
export const storyArbitrary: fc.Arbitrary<Story> = fc
  .record({ article: text(400), placeIds: ids('p', 6), eventIds: ids('e', 6), routeCount: fc.nat({ max: 2 }), timeCount: fc.nat({ max: 4 }) })
  .chain(({ article, placeIds, eventIds, routeCount, timeCount }) =>
    fc.record({
      format: fc.constant('dateline/1' as const),
      meta: fc
        .record(
          {
            title: text(60),
            published: isoDay,
            source: fc.record({ name: text(30), url: fc.webUrl({ withQueryParameters: true, withFragments: true }) }, { requiredKeys: [] }),
            language: fc.constantFrom('en', 'fr', ''),
            dateline: fc.record({ text: text(20), placeId: placeIds.length > 0 ? fc.constantFrom(...placeIds) : text(5), span: span(article) }, { requiredKeys: ['text'] }),
          },
          { requiredKeys: ['title', 'published', 'language'] },
        )
        .map((m) => ({ ...m, text: article })),
      places: fc.tuple(...placeIds.map((id) => place(article, id))),
      events: fc.tuple(...eventIds.map((id) => event(article, id, placeIds))),
      routes: fc.tuple(...Array.from({ length: routeCount }, (_, i) => route(article, `r${i}`, placeIds, eventIds))),
      times: fc.tuple(...Array.from({ length: timeCount }, (_, i) => time(article, `t${i}`))),
    }),
  );

/** A valid story with one value somewhere (up to `depth` levels down) replaced by arbitrary JSON (of up to `valueDepth` levels), or removed. */
export function mutatedStory(depth: number, valueDepth: number): fc.Arbitrary<unknown> {
  return fc.tuple(storyArbitrary, fc.array(fc.nat(), { minLength: 1, maxLength: depth }), fc.option(fc.jsonValue({ maxDepth: valueDepth }), { nil: undefined })).map(([story, steps, value]) => {
    const copy = JSON.parse(JSON.stringify(story)) as unknown;
    let node = copy;
    for (const [i, step] of steps.entries()) {
      if (typeof node !== 'object' || node === null) break;
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[step % keys.length] ?? '';
      const rec = node as Record<string, unknown>;
      if (i === steps.length - 1 || typeof rec[key] !== 'object' || rec[key] === null) {
        if (value === undefined) delete rec[key];
        else rec[key] = value;
        break;
      }
      node = rec[key];
    }
    return copy;
  });
}
