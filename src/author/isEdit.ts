import '../story/zodJitless';
import { z } from 'zod';
import { EventKindSchema, PlaceKindSchema, WhenSchema } from '../story/schema';
import type { Edit } from './edit';

const id = z.string();
const index = z.number().int().min(0);
const coordinate = z.number().finite();
const span = z.object({ start: index, end: index });

// One schema per edit type, so a saved edit with the right `type` but a missing or mistyped field
// (a hand-edited or half-written draft) is told apart before it reaches applyEdit, which trusts its input.
const EditSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('switchCandidate'), placeId: id, gazetteerId: id }),
  z.object({ type: z.literal('setLocation'), placeId: id, lat: coordinate, lon: coordinate }),
  z.object({ type: z.literal('removeMention'), placeId: id, start: index }),
  z.object({ type: z.literal('removePlace'), placeId: id }),
  z.object({
    type: z.literal('addPlace'),
    span,
    choice: z.object({ gazetteerId: id, name: z.string(), kind: PlaceKindSchema, lat: coordinate, lon: coordinate, countryCode: z.string().optional() }),
  }),
  z.object({ type: z.literal('addTime'), span, value: z.string() }),
  z.object({ type: z.literal('removeTime'), timeId: id }),
  z.object({
    type: z.literal('updateEvent'),
    eventId: id,
    patch: z.object({ title: z.string().optional(), kind: EventKindSchema.optional(), when: WhenSchema.nullable().optional(), placeIds: z.array(id).optional() }),
  }),
  z.object({ type: z.literal('addEvent'), title: z.string() }),
  z.object({ type: z.literal('removeEvent'), eventId: id }),
  z.object({ type: z.literal('moveStop'), routeId: id, index, delta: z.union([z.literal(-1), z.literal(1)]) }),
  z.object({ type: z.literal('mergeStops'), routeId: id, index }),
  z.object({ type: z.literal('removeStop'), routeId: id, index }),
  z.object({ type: z.literal('setTitle'), title: z.string() }),
]);

/** Whether a saved value is an edit applyEdit can take: a known type with every field of the right type. */
export function isEdit(value: unknown): value is Edit {
  return EditSchema.safeParse(value).success;
}
