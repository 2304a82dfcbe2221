import { parseArticle } from '../article/parseArticle';
import type { Article } from '../article/types';
import { fitStoryToLimits, type FittedStory } from '../story/fitStoryToLimits';
import { storyFromArticle, type ExtractOptions } from './extractStory';

/**
 * The story of an article, always within the story limits: an article the article limit accepts
 * (6,000,000 characters) can still say more than one story holds (100,000 events, 50 MB), and then
 * the story stops where the limit is reached and a note says so, rather than being refused later.
 */
export function extractWithinLimits(text: string, options: ExtractOptions): FittedStory {
  return storyWithinLimits(parseArticle(text, options), options);
}

/** {@link extractWithinLimits} for callers that already hold an Article. */
export function storyWithinLimits(article: Article, options: ExtractOptions): FittedStory {
  return fitStoryToLimits(storyFromArticle(article, options));
}
