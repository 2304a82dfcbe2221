import type { z } from 'zod';
import type {
  CandidateReasonSchema,
  CandidateSchema,
  EventKindSchema,
  EventSchema,
  GroupSchema,
  PlaceKindSchema,
  PlaceSchema,
  PrecisionSchema,
  RouteSchema,
  SpanSchema,
  StopSchema,
  StopRoleSchema,
  SkippedLegSchema,
  StorySchema,
  TimeMentionSchema,
  WhenSchema,
} from './schema';

/** A character span in the article, with the rule that found it. */
export type Span = z.infer<typeof SpanSchema>;
/** How precise a time is. */
export type Precision = z.infer<typeof PrecisionSchema>;
/** When an event happened, no more than the text supports. */
export type When = z.infer<typeof WhenSchema>;
/** A ranked alternative resolution of a place. */
export type Candidate = z.infer<typeof CandidateSchema>;
/** Why the ranking favoured a candidate. */
export type CandidateReason = z.infer<typeof CandidateReasonSchema>;
/** The kind of a place. */
export type PlaceKind = z.infer<typeof PlaceKindSchema>;
/** A place in a story. */
export type Place = z.infer<typeof PlaceSchema>;
/** A time expression found in the article. */
export type TimeMention = z.infer<typeof TimeMentionSchema>;
/** The kind of an event. */
export type EventKind = z.infer<typeof EventKindSchema>;
/** An event in a story. */
export type StoryEvent = z.infer<typeof EventSchema>;
/** A stop on a route. */
export type Stop = z.infer<typeof StopSchema>;
/** What a stop is in its journey. */
export type StopRole = z.infer<typeof StopRoleSchema>;
/** A leg the text names that the traveller did not make. */
export type SkippedLeg = z.infer<typeof SkippedLegSchema>;
/** An itinerary. */
export type Route = z.infer<typeof RouteSchema>;
/** One article of a collection. */
export type Group = z.infer<typeof GroupSchema>;
/** A whole story. */
export type Story = z.infer<typeof StorySchema>;
