import { textElement } from '../app/textElement';
import { API_SCRIPT_NAME, embedSnippets } from '../formats/embedSnippets';
import { storyToGeoJson } from '../formats/storyToGeoJson';
import { storyToStandaloneHtml } from '../formats/storyToStandaloneHtml';
import { storyToStoryMapJs } from '../formats/storyToStoryMapJs';
import { storyToTimelineJs } from '../formats/storyToTimelineJs';
import type { Lang } from '../i18n/languages';
import type { Story } from '../story/types';
import { validateStory } from '../story/validateStory';
import { createButton } from './createButton';
import { downloadFile, fileSlug } from './downloadFile';
import { at } from './i18n/at';

/** Options for {@link createExportPanel}. */
export interface ExportPanelOptions {
  /** Shows a problem (a story that does not validate, assets that did not load). */
  onProblem: (title: string, details: string[]) => void;
  /** Where the standalone player's script and stylesheet are (default `./standalone/`). */
  standaloneBase?: string;
  /** Interface language (default English). */
  lang?: Lang;
}

/** Downloads of the story in every format, and the embed snippets to copy. */
export interface ExportPanel {
  show(story: Story): void;
  destroy(): void;
}

async function fetchText(url: string, lang: Lang): Promise<string> {
  const response = await fetch(url);
  // Under `npm start` (Vite's dev server) the offline player has not been built; a dev server may answer with its index page.
  if (!response.ok || /\bhtml\b/i.test(response.headers.get('content-type') ?? '')) {
    throw new Error(at(lang, 'export.notBuilt', { url, status: response.status }));
  }
  return response.text();
}

function snippetBox(label: string, id: string, lang: Lang): { box: HTMLElement; area: HTMLTextAreaElement } {
  const box = textElement('div', 'au-snippet');
  const head = textElement('div', 'au-snippet__head');
  const title = textElement('label', 'au-snippet__label', label);
  title.htmlFor = id;
  const area = document.createElement('textarea');
  area.id = id;
  area.readOnly = true;
  area.rows = 5;
  area.className = 'au-snippet__code';
  area.spellcheck = false;
  const copy = createButton(at(lang, 'export.copy'), () => {
    area.select();
    void navigator.clipboard?.writeText(area.value).then(
      () => (copy.textContent = at(lang, 'export.copied')),
      () => (copy.textContent = at(lang, 'export.pressCopy')),
    );
  }, 'au-btn au-btn--small');
  head.append(title, copy);
  box.append(head, area);
  return { box, area };
}

/** Creates the export panel in `el`. */
export function createExportPanel(el: HTMLElement, options: ExportPanelOptions): ExportPanel {
  const lang = options.lang ?? 'en';
  let story: Story | null = null;
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  const slug = (): string => fileSlug(story?.meta.title ?? 'story');
  const guard = (run: (s: Story) => void | Promise<void>) => (): void => {
    if (!story) return;
    const checked = validateStory(story);
    if (!checked.ok) return options.onProblem(at(lang, 'export.invalid'), checked.errors);
    Promise.resolve(run(checked.story)).catch((e: unknown) => options.onProblem(at(lang, 'export.failed'), [e instanceof Error ? e.message : String(e)]));
  };
  const downloads = textElement('div', 'au-downloads');
  downloads.append(
    createButton(at(lang, 'export.storyJson'), guard((s) => downloadFile(`${slug()}.story.json`, json(s), 'application/json'))),
    createButton(at(lang, 'export.geoJson'), guard((s) => downloadFile(`${slug()}.geojson`, json(storyToGeoJson(s)), 'application/geo+json'))),
    createButton(at(lang, 'export.timelineJs'), guard((s) => downloadFile(`${slug()}.timeline.json`, json(storyToTimelineJs(s)), 'application/json'))),
    createButton(at(lang, 'export.storyMapJs'), guard((s) => downloadFile(`${slug()}.storymap.json`, json(storyToStoryMapJs(s)), 'application/json'))),
    createButton(at(lang, 'export.standalone'), guard(async (s) => {
      const base = options.standaloneBase ?? './standalone/';
      const [script, css] = await Promise.all([fetchText(`${base}dateline-standalone.js`, lang), fetchText(`${base}dateline-standalone.css`, lang)]);
      downloadFile(`${slug()}.html`, storyToStandaloneHtml(s, { script, css }), 'text/html');
    })),
  );
  const where = textElement('label', 'au-field', at(lang, 'export.storyUrl'));
  const storyUrl = document.createElement('input');
  storyUrl.className = 'au-input';
  storyUrl.type = 'text';
  where.append(storyUrl);
  const base = textElement('label', 'au-field', at(lang, 'export.baseUrl'));
  const baseUrl = document.createElement('input');
  baseUrl.className = 'au-input';
  baseUrl.type = 'text';
  baseUrl.value = '/dateline/';
  base.append(baseUrl);
  const iframe = snippetBox(at(lang, 'export.iframe'), 'au-snippet-iframe', lang);
  const element = snippetBox(at(lang, 'export.element'), 'au-snippet-element', lang);
  const api = snippetBox(at(lang, 'export.api'), 'au-snippet-api', lang);
  // A strict CSP refuses inline scripts, so the API's code is a module file of its own.
  const apiScript = snippetBox(at(lang, 'export.apiScript', { file: API_SCRIPT_NAME }), 'au-snippet-api-script', lang);
  const fill = (): void => {
    const s = embedSnippets(storyUrl.value, baseUrl.value);
    iframe.area.value = s.iframe;
    element.area.value = s.element;
    api.area.value = s.api;
    apiScript.area.value = s.apiScript;
  };
  storyUrl.addEventListener('input', fill);
  baseUrl.addEventListener('input', fill);
  el.append(
    textElement('h3', 'au-sub', at(lang, 'export.download')),
    downloads,
    textElement('h3', 'au-sub', at(lang, 'export.embed')),
    textElement('p', 'au-hint', at(lang, 'export.embedHint')),
    where,
    base,
    iframe.box,
    element.box,
    api.box,
    apiScript.box,
  );

  return {
    show(next) {
      const previous = story;
      story = next;
      if (!previous || storyUrl.value === `/stories/${fileSlug(previous.meta.title)}.story.json`) storyUrl.value = `/stories/${slug()}.story.json`;
      fill();
    },
    destroy() {
      el.replaceChildren();
    },
  };
}
