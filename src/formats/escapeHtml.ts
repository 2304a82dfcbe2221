/** Escapes text for HTML (element content or a quoted attribute): `& < > " '`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Text as HTML for a format whose text fields are HTML (TimelineJS, StoryMapJS): escaped, line breaks kept. */
export function textToHtml(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}
