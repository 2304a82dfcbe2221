import type { Story } from '../story/types';
import { escapeHtml } from './escapeHtml';

/** Story JSON that stays data inside `<script type="application/json">`: no `<`, `>` or `&` survive, so no `</script>` or `<!--`. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

// In script or style text only these sequences end the element or change how it is parsed.
const inertScript = (js: string): string => js.replace(/<(\/script|!--)/gi, '\\x3C$1');
const inertStyle = (css: string): string => css.replace(/<\/style/gi, '\\3C/style');

/** Nothing may leave the page: no host at all, only the inline script and style and data: URLs. */
const POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; connect-src data:; font-src data:; base-uri 'none'; form-action 'none'";

/**
 * One HTML file that plays the story offline: the standalone viewer's script and stylesheet
 * (dist/standalone/dateline-standalone.js and .css) inline, the story as JSON in
 * `<script type="application/json" id="dateline-story">` with every `<`, `>` and `&` escaped, and
 * a Content-Security-Policy that lets the page request nothing from any host.
 */
export function storyToStandaloneHtml(story: Story, assets: { script: string; css: string }): string {
  const lang = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(story.meta.language) ? story.meta.language : 'en';
  return [
    '<!doctype html>',
    `<html lang="${lang}" class="dl-page">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="generator" content="Dateline">',
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(story.meta.title)}</title>`,
    `<style>${inertStyle(assets.css)}</style>`,
    '<style>html, body { height: 100%; margin: 0; }</style>',
    '</head>',
    '<body class="dl-frame">',
    '<div id="app"></div>',
    '<noscript>This story needs JavaScript to draw the map and the timeline.</noscript>',
    `<script type="application/json" id="dateline-story">${jsonForScript(story)}</script>`,
    `<script>${inertScript(assets.script)}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
