import type { Story } from './types';

/** True for an absolute http: or https: address; false for `javascript:`, `data:`, relative paths and anything unparsable. */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The links a story carries (`meta.source.url`) that are not http(s), as errors naming their path. */
export function checkLinks(story: Story): string[] {
  const url = story.meta.source?.url;
  if (url === undefined || isHttpUrl(url)) return [];
  const scheme = /^\s*([a-z][a-z0-9+.-]{0,20}):/i.exec(url)?.[1];
  const why = scheme !== undefined ? `"${scheme.toLowerCase()}:" links are refused` : 'it is not a full address';
  return [`meta.source.url: only http and https links are allowed (${why})`];
}
