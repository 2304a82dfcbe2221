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

/** What the page asks the worker. */
export type WorkerRequest = { type: 'extract'; text: string; date?: string } | { type: 'lookup'; id: number; name: string };

/** What the worker answers. */
export type WorkerReply =
  | { type: 'progress'; stage: ExtractStage }
  | { type: 'done'; story: Story; cutAt?: number }
  | { type: 'failed'; message: string }
  | { type: 'lookup'; id: number; offers: PlaceOffer[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Narrows a message from the worker; anything else is null. (The story is validated in the worker and again where it is used.) */
export function readWorkerReply(data: unknown): WorkerReply | null {
  if (!isObject(data)) return null;
  switch (data['type']) {
    case 'progress':
      return (EXTRACT_STAGES as readonly unknown[]).includes(data['stage']) ? (data as WorkerReply) : null;
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
