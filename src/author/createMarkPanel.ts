import { textElement } from '../app/textElement';
import type { Lang } from '../i18n/languages';
import type { Place, Story, TimeMention } from '../story/types';
import { createButton } from './createButton';
import { describeCandidate } from './describeCandidate';
import type { Edit } from './edit';
import { at } from './i18n/at';
import type { AuthorKey } from './i18n/authorMessages';
import { authorEn } from './i18n/en';
import type { TextMark } from './segmentText';

/** Options for {@link createMarkPanel}. */
export interface MarkPanelOptions {
  onEdit: (edit: Edit) => void;
  /** Interface language (default English). */
  lang?: Lang;
}

/** The small panel that shows a clicked highlight: a place's candidates and coordinates, or a time's value. */
export interface MarkPanel {
  show(story: Story, mark: TextMark): void;
  hide(): void;
  destroy(): void;
}

function numberInput(label: string, value: number, min: number, max: number): [HTMLLabelElement, HTMLInputElement] {
  const wrap = textElement('label', 'au-field au-field--inline', label);
  const input = document.createElement('input');
  input.type = 'number';
  input.step = 'any';
  input.min = String(min);
  input.max = String(max);
  input.value = String(value);
  input.className = 'au-input au-input--short';
  wrap.append(input);
  return [wrap, input];
}

/** Creates the panel in `el` (hidden until a highlight is chosen). */
export function createMarkPanel(el: HTMLElement, options: MarkPanelOptions): MarkPanel {
  const lang = options.lang ?? 'en';
  // A candidate's kind is any string the gazetteer holds: the known ones are translated, others shown as they are.
  const kindOf = (kind: string): string => {
    const key = `placeKind.${kind}`;
    return key in authorEn ? at(lang, key as AuthorKey) : kind;
  };
  const panel = textElement('section', 'au-panel');
  panel.setAttribute('aria-label', at(lang, 'panel.label'));
  panel.hidden = true;
  el.append(panel);
  const hide = (): void => {
    panel.hidden = true;
    panel.replaceChildren();
  };
  const edit = (e: Edit): void => {
    options.onEdit(e);
  };

  const placeBody = (place: Place, mark: TextMark): Node[] => {
    const where = textElement('p', 'au-panel__meta', `${kindOf(place.kind)} · ${place.lat.toFixed(4)}, ${place.lon.toFixed(4)}${place.countryCode ? ` · ${place.countryCode}` : ''}`);
    const parts: Node[] = [where];
    const candidates = place.candidates ?? [];
    if (candidates.length > 1) {
      parts.push(textElement('h3', 'au-panel__sub', at(lang, 'panel.couldBe')));
      const list = textElement('ul', 'au-candidates');
      for (const c of candidates) {
        const li = document.createElement('li');
        const current = c.gazetteerId === place.gazetteerId;
        const words = describeCandidate(c, lang);
        const b = createButton(words.label, () => edit({ type: 'switchCandidate', placeId: place.id, gazetteerId: c.gazetteerId }), 'au-candidate');
        b.setAttribute('aria-pressed', String(current));
        b.disabled = current;
        li.append(b);
        // The reasons replace a raw score: the chosen one says why it won, the others what speaks for them.
        if (words.reasons !== '') li.append(textElement('p', 'au-candidate__why', current ? at(lang, 'panel.chosenBecause', { reasons: words.reasons }) : words.reasons));
        list.append(li);
      }
      parts.push(list);
    }
    parts.push(textElement('h3', 'au-panel__sub', at(lang, 'panel.coordinates')));
    const [latLabel, lat] = numberInput(at(lang, 'panel.latitude'), place.lat, -90, 90);
    const [lonLabel, lon] = numberInput(at(lang, 'panel.longitude'), place.lon, -180, 180);
    const move = createButton(at(lang, 'panel.move'), () => edit({ type: 'setLocation', placeId: place.id, lat: Number(lat.value), lon: Number(lon.value) }));
    const row = textElement('div', 'au-row');
    row.append(latLabel, lonLabel, move);
    const remove = textElement('div', 'au-row');
    remove.append(
      createButton(at(lang, 'panel.removeMention'), () => edit({ type: 'removeMention', placeId: place.id, start: mark.start }), 'au-btn au-btn--quiet'),
      createButton(at(lang, 'panel.removePlace'), () => edit({ type: 'removePlace', placeId: place.id }), 'au-btn au-btn--danger'),
    );
    parts.push(row, remove);
    return parts;
  };
  const timeBody = (time: TimeMention): Node[] => [
    textElement('p', 'au-panel__meta', `${at(lang, `timeType.${time.type}`)} · ${time.value}`),
    createButton(at(lang, 'panel.removeDate'), () => edit({ type: 'removeTime', timeId: time.id }), 'au-btn au-btn--danger'),
  ];

  return {
    show(story, mark) {
      const place = mark.kind === 'place' ? story.places.find((p) => p.id === mark.id) : undefined;
      const time = mark.kind === 'time' ? story.times.find((t) => t.id === mark.id) : undefined;
      if (!place && !time) return hide();
      const head = textElement('div', 'au-panel__head');
      const kind = textElement('span', `au-hl au-hl--${mark.kind}`, story.meta.text.slice(mark.start, mark.end));
      const title = textElement('h2', 'au-panel__title', place ? (place.displayName ?? place.name) : at(lang, 'panel.time'));
      head.append(title, kind, createButton(at(lang, 'panel.close'), hide, 'au-btn au-btn--quiet au-panel__close'));
      panel.replaceChildren(head, ...(place ? placeBody(place, mark) : time ? timeBody(time) : []));
      panel.hidden = false;
    },
    hide,
    destroy() {
      panel.remove();
    },
  };
}
