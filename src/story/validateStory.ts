import './zodJitless';
import { checkLinks } from './checkLinks';
import { isCommonStory } from './isCommonStory';
import { migrateStory } from './migrateStory';
import { StorySchema } from './schema';
import { checkStoryLimits } from './storyLimits';
import type { Story } from './types';

/** The outcome of validating untrusted JSON as a story; `notes` says what migration changed, if anything. */
export type StoryResult = { ok: true; story: Story; notes?: string[] } | { ok: false; errors: string[] };

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(story)' : out;
}

/**
 * Checks untrusted data as a story: migrates older formats (a newer one gets a clear message),
 * applies the size limits, then the schema, references and links; errors name the bad field's
 * path ("events[3].when.start: not a date"). Never throws.
 */
export function validateStory(data: unknown): StoryResult {
  const migrated = migrateStory(data);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  // The common shape within the limits is checked by hand in one pass (several times faster on a big
  // story); anything else goes to the limits and the schema, which word the errors.
  const common = isCommonStory(migrated.data) ? migrated.data : null;
  const tooBig = common ? [] : checkStoryLimits(migrated.data);
  if (tooBig.length > 0) return { ok: false, errors: tooBig };
  const parsed = common ? { success: true as const, data: common } : StorySchema.safeParse(migrated.data);
  if (parsed.success) {
    const story = parsed.data;
    const errors = [...checkReferences(story), ...checkLinks(story)].slice(0, 20);
    if (errors.length > 0) return { ok: false, errors };
    return migrated.notes.length > 0 ? { ok: true, story, notes: migrated.notes } : { ok: true, story };
  }
  return {
    ok: false,
    errors: parsed.error.issues.slice(0, 20).map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
  };
}

/** Cross-field rules a schema cannot say: ids unique, references resolve, spans inside the text. */
function checkReferences(story: Story): string[] {
  const errors: string[] = [];
  const placeIds = new Set<string>();
  story.places.forEach((p, i) => {
    if (placeIds.has(p.id)) errors.push(`places[${i}].id: duplicate id "${p.id}"`);
    placeIds.add(p.id);
  });
  const length = story.meta.text.length;
  const checkSpan = (span: { start: number; end: number }, path: string): void => {
    if (span.end < span.start || span.end > length) errors.push(`${path}: span ${span.start}-${span.end} is outside the article text`);
  };
  story.places.forEach((p, i) => p.mentions.forEach((m, j) => checkSpan(m, `places[${i}].mentions[${j}]`)));
  story.times.forEach((t, i) => checkSpan(t, `times[${i}]`));
  const groupIds = new Set((story.groups ?? []).map((g) => g.id));
  const eventIds = new Set<string>();
  story.events.forEach((e, i) => {
    if (e.group !== undefined && !groupIds.has(e.group)) errors.push(`events[${i}].group: no group with id "${e.group}"`);
    if (eventIds.has(e.id)) errors.push(`events[${i}].id: duplicate id "${e.id}"`);
    eventIds.add(e.id);
    e.spans.forEach((s, j) => checkSpan(s, `events[${i}].spans[${j}]`));
    e.placeIds.forEach((id, j) => {
      if (!placeIds.has(id)) errors.push(`events[${i}].placeIds[${j}]: no place with id "${id}"`);
    });
  });
  story.routes.forEach((r, i) => {
    r.stops.forEach((s, j) => {
      if (!placeIds.has(s.placeId)) errors.push(`routes[${i}].stops[${j}].placeId: no place with id "${s.placeId}"`);
    });
    (r.skipped ?? []).forEach((s, j) => {
      if (s.placeId !== undefined && !placeIds.has(s.placeId)) errors.push(`routes[${i}].skipped[${j}].placeId: no place with id "${s.placeId}"`);
      s.spans.forEach((sp, k) => checkSpan(sp, `routes[${i}].skipped[${j}].spans[${k}]`));
    });
  });
  return errors.slice(0, 20);
}
