import type { Story } from '../story/types';
import type { PlaceChoice } from './edit';

/** The stages extraction goes through, in order, as the worker reports them. */
export const EXTRACT_STAGES = ['gazetteer', 'reading', 'finding', 'checking'] as const;

/** One stage of extraction. */
export type ExtractStage = (typeof EXTRACT_STAGES)[number];

/** A gazetteer entry offered when the author adds a place by hand. */
export interface PlaceOffer extends PlaceChoice {
  population: number;
}

/** The lists of a story the worker sends in parts before the rest of it. */
export const STORY_LISTS = ['places', 'events', 'routes', 'times'] as const;

/** One of {@link STORY_LISTS}. */
export type StoryList = (typeof STORY_LISTS)[number];

/**
 * How many items of a list one message carries: the page reads each message in a task of its own,
 * so a story of a hundred thousand mentions arrives in slices, never one long task.
 */
export const PART_ITEMS = 2_000;

/** What the page asks the worker. */
export type WorkerRequest = { type: 'extract'; text: string; date?: string } | { type: 'lookup'; id: number; name: string };

/** What the worker answers. */
export type WorkerReply =
  | { type: 'progress'; stage: ExtractStage }
  /** A slice of one of the story's lists; the `done` that follows carries the rest of the story with these lists empty. */
  | { type: 'part'; list: StoryList; items: unknown[] }
  | { type: 'done'; story: Story; cutAt?: number }
  | { type: 'failed'; message: string }
  | { type: 'lookup'; id: number; offers: PlaceOffer[] };

/** The messages that send `story`: its lists in slices of {@link PART_ITEMS}, then the rest of it with those lists empty. */
export function storyInParts(story: Story, cutAt?: number): WorkerReply[] {
  const out: WorkerReply[] = [];
  const rest: Story = { ...story };
  for (const list of STORY_LISTS) {
    const items: readonly unknown[] | undefined = story[list];
    if (items === undefined) continue;
    for (let i = 0; i < items.length; i += PART_ITEMS) out.push({ type: 'part', list, items: items.slice(i, i + PART_ITEMS) });
    (rest as unknown as Record<string, unknown>)[list] = [];
  }
  out.push(cutAt === undefined ? { type: 'done', story: rest } : { type: 'done', story: rest, cutAt });
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Narrows a message from the worker; anything else is null. (The worker validates the story before it sends it.) */
export function readWorkerReply(data: unknown): WorkerReply | null {
  if (!isObject(data)) return null;
  switch (data['type']) {
    case 'progress':
      return (EXTRACT_STAGES as readonly unknown[]).includes(data['stage']) ? (data as WorkerReply) : null;
    case 'part':
      return (STORY_LISTS as readonly unknown[]).includes(data['list']) && Array.isArray(data['items']) ? (data as WorkerReply) : null;
    case 'done':
      return isObject(data['story']) ? (data as WorkerReply) : null;
    case 'failed':
      return typeof data['message'] === 'string' ? (data as WorkerReply) : null;
    case 'lookup':
      return typeof data['id'] === 'number' && Array.isArray(data['offers']) ? (data as WorkerReply) : null;
    default:
      return null;
  }
}

/** Narrows a request to the worker; anything else is null. */
export function readWorkerRequest(data: unknown): WorkerRequest | null {
  if (!isObject(data)) return null;
  if (data['type'] === 'extract' && typeof data['text'] === 'string' && (data['date'] === undefined || typeof data['date'] === 'string')) return data as WorkerRequest;
  if (data['type'] === 'lookup' && typeof data['id'] === 'number' && typeof data['name'] === 'string') return data as WorkerRequest;
  return null;
}
