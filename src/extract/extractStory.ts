import { parseArticle, type ParseOptions } from '../article/parseArticle';
import type { Article } from '../article/types';
import { STORY_FORMAT } from '../story/schema';
import type { Story, TimeMention } from '../story/types';
import type { Gazetteer } from '../gazetteer/types';
import { findPlaces } from './places/findPlaces';
import { findTimes } from './times/findTimes';
import { findPeople } from './people/findPeople';
import { groupBySentence } from './events/groupBySentence';
import { byPublication } from './events/byPublication';
import { findEvents } from './events/findEvents';
import { findTravelCues } from './itinerary/findTravelCues';
import { buildRoutes } from './itinerary/buildRoutes';
import { assignTravellers } from './itinerary/assignTravellers';
import { findTravellers } from './itinerary/findTravellers';
import { dateEventsFromRoutes } from './itinerary/dateEventsFromRoutes';
import { toStoryPlaces } from './toStoryPlaces';
import type { TimeHit } from './types';

/** Options for turning an article into a story. */
export interface ExtractOptions extends ParseOptions {
  gazetteer: Gazetteer;
  source?: { name?: string; url?: string };
}

/** Runs the whole pipeline on article text: parse, places, times, people, events, routes; returns a Story. */
export function extractStory(text: string, options: ExtractOptions): Story {
  const article = parseArticle(text, options);
  return storyFromArticle(article, options);
}

/** The pipeline after parsing, for callers that already hold an Article. */
export function storyFromArticle(article: Article, options: ExtractOptions): Story {
  const placeFinds = findPlaces(article, options.gazetteer);
  const { places, hits: placeHits, datelinePlaceId } = toStoryPlaces(placeFinds, article);
  // The header's own date ("date 2020-02-03") is metadata, not a time the article mentions.
  const timeHits: TimeHit[] = findTimes(article.text, article.published).filter((t) => t.start >= article.bodyStart).map((t, i) => ({ ...t, id: `t${i + 1}` }));
  const times: TimeMention[] = timeHits.map(({ id, start, end, text, type, value, rule }) => (rule === undefined ? { id, start, end, text, type, value } : { id, start, end, text, type, value, rule }));
  const names = new Set(placeFinds.map((p) => p.text));
  const people = findPeople(article.text, (name) => names.has(name));
  // The headline's places are mentions, but it retells the lead: it is the title, not an event.
  const headlineEnd = article.headline?.end ?? -1;
  const facts = groupBySentence(article.text, article.sentences, placeHits, timeHits, people).filter((f) => f.range.start >= headlineEnd);
  const byId = new Map(places.map((p) => [p.id, p]));
  const cues = findTravelCues(facts);
  assignTravellers(article.text, cues, findTravellers(article.text, people, (name) => names.has(name)), article.sentences);
  const events = findEvents(facts, cues, {
    published: article.published,
    placeName: (id) => (byId.get(id)?.displayName ?? byId.get(id)?.name ?? id).replace(/ \(.*\)$/, ''),
    ...(datelinePlaceId ? { datelinePlaceId } : {}),
  });
  const routes = buildRoutes(cues, events, {
    placeInfo: (id) => byId.get(id),
    byPublication: byPublication(article.published),
    ...(datelinePlaceId ? { datelinePlaceId } : {}),
  });
  const story: Story = {
    format: STORY_FORMAT,
    meta: { title: article.title, published: article.published, language: 'en', text: article.text },
    places,
    events: dateEventsFromRoutes(events, routes),
    routes,
    times,
  };
  if (options.source) story.meta.source = options.source;
  if (article.dateline) {
    const span = { start: article.dateline.start, end: article.dateline.end, text: article.dateline.place };
    story.meta.dateline = datelinePlaceId ? { text: article.dateline.place, placeId: datelinePlaceId, span } : { text: article.dateline.place, span };
  }
  return story;
}
