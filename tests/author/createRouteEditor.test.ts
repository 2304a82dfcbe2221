// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/author/applyEdit';
import { createRouteEditor } from '../../src/author/createRouteEditor';
import type { Edit } from '../../src/author/edit';
import { seedStory } from './seedStory';

afterEach(() => document.body.replaceChildren());

/** The route editor on the seed story, each edit applied and shown again as the authoring page does. */
async function editor(): Promise<{ el: HTMLElement; settle: () => Promise<void> }> {
  const el = document.createElement('div');
  document.body.append(el);
  let story = seedStory();
  let pending = Promise.resolve();
  const view = createRouteEditor(el, {
    onEdit: (e: Edit) => {
      story = applyEdit(story, e);
      pending = view.show(story);
    },
  });
  await view.show(story);
  return { el, settle: () => pending };
}

const button = (el: HTMLElement, label: string): HTMLButtonElement => el.querySelector(`button[aria-label="${label}"]`) as HTMLButtonElement;

describe('the route editor keeps the keyboard focus on what was edited', () => {
  it('after "Move … later", the focus is on the same stop\'s "later" button where it now stands', async () => {
    const ed = await editor();
    const name = ed.el.querySelector('.au-stop__name')?.textContent ?? '';
    button(ed.el, `Move ${name} later`).click();
    await ed.settle();
    expect(ed.el.querySelectorAll('.au-stop__name')[1]?.textContent).toBe(name);
    expect(document.activeElement).toBe(button(ed.el, `Move ${name} later`));
  });

  it('a stop moved to the end, whose "later" button is gone, gives the focus to its "earlier" button', async () => {
    const ed = await editor();
    const names = [...ed.el.querySelectorAll('.au-stop__name')].map((n) => n.textContent ?? '');
    const last = names.length - 1;
    const name = names[last - 1] ?? '';
    button(ed.el, `Move ${name} later`).click();
    await ed.settle();
    expect(ed.el.querySelectorAll('.au-stop__name')[last]?.textContent).toBe(name);
    expect(document.activeElement).toBe(button(ed.el, `Move ${name} earlier`));
  });

  it('after Remove, the focus is on the Remove button of the stop that took its place', async () => {
    const ed = await editor();
    const names = [...ed.el.querySelectorAll('.au-stop__name')].map((n) => n.textContent ?? '');
    button(ed.el, `Remove the stop ${names[1] ?? ''}`).click();
    await ed.settle();
    expect(document.activeElement).toBe(button(ed.el, `Remove the stop ${names[2] ?? ''}`));
  });

  it('after "Merge with next", the focus is on the merged stop\'s own "Merge with next" button', async () => {
    const ed = await editor();
    const names = [...ed.el.querySelectorAll('.au-stop__name')].map((n) => n.textContent ?? '');
    const merges = (): HTMLButtonElement[] => [...ed.el.querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.textContent === 'Merge with next');
    merges()[1]?.click();
    await ed.settle();
    expect(ed.el.querySelectorAll('.au-stop__name')).toHaveLength(names.length - 1);
    expect(document.activeElement).toBe(merges()[1]);
  });
});
