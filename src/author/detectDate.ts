import { parseArticle } from '../article/parseArticle';

/** The publication date an article's own `date YYYY-MM-DD` header gives, or null (only the start of the text is read). */
export function detectDate(text: string): string | null {
  try {
    return parseArticle(text.slice(0, 200)).published;
  } catch {
    return null;
  }
}
