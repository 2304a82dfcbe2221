import { escapeHtml } from './escapeHtml';
import { plainField } from './plainText';

/**
 * Text for a TimelineJS field that it reads as plain text and then shows as HTML (`display_date`,
 * `group`): TimelineJS takes the field's textContent (one decoding) and assigns that to
 * innerHTML (a second reading), so the text is escaped twice to show as itself and run nothing.
 */
export function toTimelineJsPlainField(text: string): string {
  return escapeHtml(escapeHtml(text));
}

/** What a reader sees of such a field in TimelineJS: the inverse of toTimelineJsPlainField, read as TimelineJS reads it. */
export function fromTimelineJsPlainField(value: unknown, limit: number): string {
  return plainField(plainField(value, limit), limit);
}
