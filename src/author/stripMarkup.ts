import { readPageDate } from './readPageDate';
import { scanMarkup } from './scanMarkup';

/**
 * The deepest a page may nest its elements. News pages nest a few dozen deep; past 512 Chromium's
 * own parser gives up on the tree (and grows quadratic), so a page deeper than this is generated or
 * hostile, not an article worth guessing at.
 */
export const MAX_MARKUP_DEPTH = 1_000;

/** A page's readable text, or how deep it nests when that is past {@link MAX_MARKUP_DEPTH}. */
export type StrippedMarkup = { ok: true; text: string } | { ok: false; depth: number };

/**
 * The readable text of an HTML document, read by {@link scanMarkup} without a DOM (so it runs in
 * the import worker, and nothing in it runs or loads): scripts, styles, menus, forms and embedded
 * documents dropped, block elements turned into paragraph breaks and whitespace collapsed. A page
 * with one `<article>` of 200 characters or more gives that article (not the site's menus and
 * footers); a page that states its publication date (see readPageDate) gets a `date YYYY-MM-DD`
 * header line.
 */
export function stripMarkup(html: string): StrippedMarkup {
  const page = scanMarkup(html);
  if (page.depth > MAX_MARKUP_DEPTH) return { ok: false, depth: page.depth };
  const text = page.article !== null && page.article.length >= 200 ? page.article : page.body;
  const date = text === '' ? null : readPageDate(page);
  return { ok: true, text: date ? `date ${date}\n\n${text}` : text };
}
