import { parseArticle } from '../article/parseArticle';

/**
 * The publication date an article gives near its top, or null: a `date YYYY-MM-DD` header, a date
 * line of the page it was copied from ("Published May 6, 2024"), or a dated dateline
 * ("PARIS, May 6, 2024 —"). Only the opening of the text is read.
 */
export function detectDate(text: string): string | null {
  try {
    return parseArticle(text.slice(0, 1200)).published;
  } catch {
    return null;
  }
}
