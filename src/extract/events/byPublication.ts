import { addDays, format, parseISO } from 'date-fns';
import { BY_PUBLICATION } from '../../story/whenRange';
import type { When } from '../../story/types';

/**
 * The bound of something the article reports as done without saying when: before the midnight
 * after the publication day (the article appeared some time that day). Labelled so the timeline
 * draws it at the publication line (see `whenRange`).
 */
export function byPublication(published: string): When {
  let before = DAY_AFTER.get(published);
  if (before === undefined) {
    before = format(addDays(parseISO(published), 1), 'yyyy-MM-dd');
    if (DAY_AFTER.size > 10_000) DAY_AFTER.clear();
    DAY_AFTER.set(published, before);
  }
  return { before, label: BY_PUBLICATION };
}

// A batch of articles shares few publication days: the day after each is worked out once.
const DAY_AFTER = new Map<string, string>();
