import { addDays, format, parseISO } from 'date-fns';
import { BY_PUBLICATION } from '../../story/whenRange';
import type { When } from '../../story/types';

/**
 * The bound of something the article reports as done without saying when: before the midnight
 * after the publication day (the article appeared some time that day). Labelled so the timeline
 * draws it at the publication line (see `whenRange`).
 */
export function byPublication(published: string): When {
  return { before: format(addDays(parseISO(published), 1), 'yyyy-MM-dd'), label: BY_PUBLICATION };
}
