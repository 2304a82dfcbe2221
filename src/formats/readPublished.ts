import { partsToStoryDate } from './dateParts';
import { readLooseDate } from './looseDateToWhen';

/**
 * The publication day named in an intro ("Reuters · Published 3 February 2020", as Dateline's
 * exports write it, or "published 2020-02-03"), as YYYY-MM-DD; undefined when none is named.
 */
export function readPublished(text: string): string | undefined {
  const m = /\bpublished:?\s+(?:on\s+)?(\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}|[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})/i.exec(text);
  const date = m?.[1] !== undefined ? readLooseDate(m[1]) : undefined;
  return date && date.granularity === 'day' ? partsToStoryDate(date.parts, 'day') : undefined;
}
