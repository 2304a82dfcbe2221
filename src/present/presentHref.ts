/**
 * The address of the presentation of `storyId` (a seed id such as `seeds/000_….story.json`, or a
 * same-origin story URL), relative to the viewer: `present.html?story=…`, with `&lang=` when the
 * viewer was opened with one. What the viewer's header links to.
 */
export function presentHref(storyId: string | null, lang?: string | null): string {
  const params = new URLSearchParams();
  if (storyId !== null && storyId !== '') params.set('story', storyId);
  if (lang !== undefined && lang !== null && lang !== '') params.set('lang', lang);
  const query = params.toString();
  return `present.html${query === '' ? '' : `?${query}`}`;
}
