import type { Story } from '../../src/story/types';
import { whenRange } from '../../src/story/whenRange';

/** A TimelineJS 3 date object (UTC parts). */
interface TlDate {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const part = (ms: number): TlDate => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
};

/** The same story as TimelineJS 3 JSON: one slide per dated event, headline and source sentence, an end date for bands. */
export function toTimelineJs(story: Story): unknown {
  const events = story.events.flatMap((e) => {
    const r = whenRange(e.when);
    if (!r) return [];
    const sentence = e.spans[0] ? story.meta.text.slice(e.spans[0].start, e.spans[0].end) : '';
    return [{ unique_id: e.id, start_date: part(r.start), ...(r.end > r.start ? { end_date: part(r.end) } : {}), text: { headline: e.title, text: sentence } }];
  });
  return { title: { text: { headline: story.meta.title, text: '' } }, events };
}

/**
 * A page that loads TimelineJS from the local node_modules copy (mounted at /tljs/) and the
 * story JSON at `dataUrl`, and records in `window.benchReady` when the timeline says it is ready.
 */
export function timelineJsHtml(dataUrl: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>TimelineJS bench</title>
<link rel="stylesheet" href="/tljs/css/timeline.css">
<style>html,body{margin:0;height:100%}#tl{width:100%;height:100%}</style>
</head><body><div id="tl"></div>
<script src="/tljs/js/timeline.js"></script>
<script>
fetch(${JSON.stringify(dataUrl)}).then(function (r) { return r.json(); }).then(function (data) {
  var done = false;
  var ready = function () { if (done) return; done = true; requestAnimationFrame(function () { window.benchReady = performance.now(); }); };
  window.tl = new TL.Timeline('tl', data, { script_path: '/tljs/js/', font: null, hash_bookmark: false, language: 'en' });
  window.tl.on('loaded', ready);
  window.tl.on('ready', ready);
});
</script></body></html>`;
}
