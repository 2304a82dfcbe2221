import { parseStoryJson, type ParsedJson } from '../story/parseStoryJson';

/** The id of the element that carries the story in a standalone page. */
export const STORY_ELEMENT_ID = 'dateline-story';

/** The story JSON a standalone page carries in `<script type="application/json" id="dateline-story">`, parsed but not yet validated. */
export function readEmbeddedStory(doc: Document): ParsedJson {
  const el = doc.getElementById(STORY_ELEMENT_ID);
  if (!el || el.textContent === null) return { ok: false, error: 'This page carries no story.' };
  return parseStoryJson(el.textContent);
}
