// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { generateStory } from '../../bench/player/generateStory';
import { createEventEditor } from '../../src/author/createEventEditor';
import type { Edit } from '../../src/author/edit';
import type { Story } from '../../src/story/types';
import { seedStory } from './seedStory';

afterEach(() => document.body.replaceChildren());

function mount(story: Story): { el: HTMLElement; edits: Edit[] } {
  const el = document.createElement('div');
  document.body.append(el);
  const edits: Edit[] = [];
  createEventEditor(el, { onEdit: (e) => edits.push(e) }).show(story);
  return { el, edits };
}

const card = (el: HTMLElement, id: string): HTMLElement => el.querySelector<HTMLElement>(`[data-event-id="${id}"]`) as HTMLElement;

describe("the event editor's places", () => {
  it("shows an event's places as chips; × removes one, naming a story place adds it, an unknown name is explained", () => {
    const story = seedStory();
    const event = story.events.find((e) => e.placeIds.length >= 2) as Story['events'][number];
    const { el, edits } = mount(story);
    const chips = [...card(el, event.id).querySelectorAll<HTMLElement>('.au-chip')];
    expect(chips.map((c) => c.dataset['placeId'])).toEqual(event.placeIds);

    chips[0]?.querySelector('button')?.click();
    expect(edits.at(-1)).toEqual({ type: 'updateEvent', eventId: event.id, patch: { placeIds: event.placeIds.slice(1) } });

    const other = story.places.find((p) => !event.placeIds.includes(p.id)) as Story['places'][number];
    const box = card(el, event.id).querySelector<HTMLInputElement>('[data-field="addPlace"]') as HTMLInputElement;
    box.value = other.name.toUpperCase();
    box.dispatchEvent(new Event('change'));
    expect(edits.at(-1)).toEqual({ type: 'updateEvent', eventId: event.id, patch: { placeIds: [...event.placeIds, other.id] } });

    const count = edits.length;
    box.value = 'Atlantis';
    box.dispatchEvent(new Event('change'));
    expect(edits).toHaveLength(count);
    expect(card(el, event.id).querySelector('.au-event__places .au-event__note')?.textContent).toContain('No place "Atlantis" in this story');
  });

  it('suggests every story place from one shared list, not one list per event', () => {
    const story = seedStory();
    const { el } = mount(story);
    const lists = el.querySelectorAll('datalist');
    expect(lists).toHaveLength(1);
    expect(lists[0]?.querySelectorAll('option').length).toBe(new Set(story.places.map((p) => p.displayName ?? p.name)).size);
    for (const box of el.querySelectorAll('[data-field="addPlace"]')) expect(box.getAttribute('list')).toBe(lists[0]?.id);
  });

  it('builds a story of 1,000 events and 1,000 places a page at a time, with no box per place per event', () => {
    const story = generateStory({ events: 1_000, places: 1_000, seed: 5 }) as Story;
    const { el } = mount(story);
    expect(el.querySelectorAll('.au-event')).toHaveLength(100);
    // A handful of controls per card, whatever the number of places.
    expect(el.querySelectorAll('input, select').length).toBeLessThan(100 * 8);
    const more = [...el.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Show more events')) as HTMLButtonElement;
    expect(more.textContent).toBe('Show more events (900 not shown)');
    more.click();
    expect(el.querySelectorAll('.au-event')).toHaveLength(200);
    expect(more.textContent).toBe('Show more events (800 not shown)');
  });
});

describe("the event editor's dates", () => {
  it('says a date whose precision the form has no choice for as found ("late on 2 February"), until the date is changed', () => {
    const story = seedStory();
    const event = story.events[0] as Story['events'][number];
    event.when = { start: '2020-02-02T18:00', end: '2020-02-03', precision: 'partOfDay', timex: '2020-02-02TEV' };
    const { el, edits } = mount(story);
    const note = (): string => card(el, event.id).querySelector(':scope > .au-row .au-event__note')?.textContent ?? '';
    expect(note()).toBe('As found: late on 2 February 2020. Changing the date replaces it.');
    const date = card(el, event.id).querySelector<HTMLInputElement>('[data-field="a"]') as HTMLInputElement;
    date.value = '2020-02-01';
    date.dispatchEvent(new Event('change'));
    expect(edits.at(-1)).toMatchObject({ type: 'updateEvent', eventId: event.id, patch: { when: { start: '2020-02-01', precision: 'day' } } });
    expect(note()).toBe('');
  });

  it('says nothing more of a date the form can show as it is (a day)', () => {
    const story = seedStory();
    const { el } = mount(story);
    const event = story.events[0] as Story['events'][number];
    expect(card(el, event.id).querySelector(':scope > .au-row .au-event__note')?.textContent).toBe('');
  });
});
