// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { BOX_LIMIT, createInputView, type InputView } from '../../src/author/createInputView';

afterEach(() => document.body.replaceChildren());

function mount(): { view: InputView; el: HTMLElement; changes: number[]; pages: string[] } {
  const el = document.createElement('div');
  document.body.append(el);
  const changes: number[] = [];
  const pages: string[] = [];
  const view = createInputView(el, { onSubmit: () => undefined, onFile: () => undefined, onCancel: () => undefined, onText: () => changes.push(view.text().length), onPage: (html) => pages.push(html) });
  return { view, el, changes, pages };
}

const box = (el: HTMLElement): HTMLTextAreaElement => el.querySelector('textarea') as HTMLTextAreaElement;
const bigBox = (el: HTMLElement): HTMLElement => el.querySelector('.au-bigtext') as HTMLElement;
const button = (el: HTMLElement, name: string): HTMLButtonElement => [...el.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

/** A paste of `text` into the box, as the browser sends it (jsdom has no DataTransfer: the event carries what a paste handler reads). */
function paste(area: HTMLTextAreaElement, text: string): boolean {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
  return area.dispatchEvent(event);
}

describe('the input step keeps a text too long for the text box out of it', () => {
  it('a text up to the limit goes into the text box', () => {
    const { view, el } = mount();
    view.setText('a'.repeat(BOX_LIMIT));
    expect(box(el).value.length).toBe(BOX_LIMIT);
    expect(bigBox(el).hidden).toBe(true);
  });

  it('a text over the limit is kept as it is, with its length and its start shown instead of the box', () => {
    const { view, el } = mount();
    const text = `date 2020-02-03\n\n${'The minister flew to Tashkent. '.repeat(5_000)}`;
    view.setText(text);
    expect(view.text()).toBe(text);
    expect(box(el).value).toBe('');
    expect(box(el).closest('label')?.hidden).toBe(true);
    expect(bigBox(el).hidden).toBe(false);
    expect(el.querySelector('.au-bigtext__summary')?.textContent).toBe(`${text.length.toLocaleString('en')} characters: too long to edit in the text box, so the article is kept as it is. Its start:`);
    expect(el.querySelector('.au-bigtext__start')?.textContent).toBe(`${text.slice(0, 2_000)}…`);
  });

  it('a paste that would pass the limit is taken from the clipboard into the kept text, around the selection, not typed into the box', () => {
    const { view, el, changes } = mount();
    const area = box(el);
    area.value = 'date 2020-02-03\n\nHEAD TAIL';
    area.setSelectionRange(22, 22);
    const pasted = 'x'.repeat(BOX_LIMIT);
    expect(paste(area, pasted)).toBe(false);
    expect(view.text()).toBe(`date 2020-02-03\n\nHEAD ${pasted}TAIL`);
    expect(area.value).toBe('');
    expect(changes).toEqual([view.text().length]);
  });

  it('a paste that stays within the limit is left to the browser', () => {
    const { el, changes } = mount();
    expect(paste(box(el), 'A short article.')).toBe(true);
    expect(changes).toEqual([]);
  });

  it('"Edit in the text box" puts the kept text into the box on request', () => {
    const { view, el } = mount();
    const text = 'y'.repeat(BOX_LIMIT + 1);
    view.setText(text);
    button(el, 'Edit in the text box (slow)').click();
    expect(box(el).value).toBe(text);
    expect(bigBox(el).hidden).toBe(true);
    expect(view.text()).toBe(text);
  });

  it('"Clear" drops the kept text and gives back an empty box', () => {
    const { view, el, changes } = mount();
    view.setText('z'.repeat(BOX_LIMIT + 1));
    button(el, 'Clear').click();
    expect(view.text()).toBe('');
    expect(bigBox(el).hidden).toBe(true);
    expect(changes).toEqual([0]);
  });
});

describe("a web page's source pasted as the article is read as a page", () => {
  const page = '\n  <!DOCTYPE html><html><head><meta property="article:published_time" content="2021-03-05"></head><body><p>The pope landed in Baghdad.</p></body></html>';

  it('pasted into an empty text box, it goes to be read as a page and is not typed in', () => {
    const { el, pages, changes } = mount();
    expect(paste(box(el), page)).toBe(false);
    expect(pages).toEqual([page]);
    expect(changes).toEqual([]);
  });

  it('pasted over the whole text, selected, it is read as a page too', () => {
    const { el, pages } = mount();
    const area = box(el);
    area.value = 'an older draft';
    area.select();
    expect(paste(area, page)).toBe(false);
    expect(pages).toEqual([page]);
  });

  it('pasted into the middle of an article, it is text like any other', () => {
    const { el, pages } = mount();
    const area = box(el);
    area.value = 'An article about markup: ';
    area.setSelectionRange(25, 25);
    expect(paste(area, page)).toBe(true);
    expect(pages).toEqual([]);
  });

  it('text that only mentions a tag later on is not a page', () => {
    const { el, pages } = mount();
    expect(paste(box(el), 'Engineers said the <html> tag was missing.')).toBe(true);
    expect(pages).toEqual([]);
  });
});
