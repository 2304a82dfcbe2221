import { isValid, parseISO } from 'date-fns';
import type { Story, TimeMention } from '../story/types';
import type { TextSpan } from './edit';

/** Marks a span of the text as a date (YYYY-MM-DD); time mentions overlapping it give way. */
export function addTime(story: Story, span: TextSpan, value: string): Story {
  const text = story.meta.text;
  if (!(span.start >= 0 && span.end > span.start && span.end <= text.length)) return story;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isValid(parseISO(value))) return story;
  const kept = story.times.filter((t) => !(t.start < span.end && span.start < t.end));
  const taken = new Set(story.times.map((t) => t.id));
  let n = story.times.length + 1;
  while (taken.has(`t${n}`)) n++;
  const time: TimeMention = { id: `t${n}`, start: span.start, end: span.end, text: text.slice(span.start, span.end), type: 'DATE', value, rule: 'author' };
  const times = [...kept, time].sort((a, b) => a.start - b.start);
  return dropTimeRefs({ ...story, times }, new Set(kept.map((t) => t.id).concat(time.id)));
}

/** Removes a time mention and the events' references to it. */
export function removeTime(story: Story, timeId: string): Story {
  if (!story.times.some((t) => t.id === timeId)) return story;
  const times = story.times.filter((t) => t.id !== timeId);
  return dropTimeRefs({ ...story, times }, new Set(times.map((t) => t.id)));
}

function dropTimeRefs(story: Story, live: ReadonlySet<string>): Story {
  return {
    ...story,
    events: story.events.map((e) => {
      if (!e.timeIds || e.timeIds.every((id) => live.has(id))) return e;
      return { ...e, timeIds: e.timeIds.filter((id) => live.has(id)) };
    }),
  };
}
