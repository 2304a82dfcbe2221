/**
 * Text for a StoryMapJS field, which StoryMapJS writes once into `innerHTML` (the slide's
 * headline and text, the navigation title, a media caption or credit): `& < >` escaped, so
 * nothing opens a tag or an entity. Quotes are left as typed: no StoryMapJS field lands in an
 * attribute written as markup, and the headline is also set as the map marker's tooltip (Leaflet's
 * `title`, a DOM property) and the embed page's `document.title`, which show text as it is, so an
 * escaped `'` would read there as `&#39;`.
 */
export function toStoryMapJsHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** A slide's body for StoryMapJS: {@link toStoryMapJsHtml} with line breaks kept as `<br>`. */
export function toStoryMapJsBody(text: string): string {
  return toStoryMapJsHtml(text).replace(/\r?\n/g, '<br>');
}
