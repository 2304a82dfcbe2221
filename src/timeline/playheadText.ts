import { describeWhen } from '../i18n/describeWhen';
import { formatUtc } from '../i18n/formatUtc';
import type { Lang } from '../i18n/languages';
import type { When } from '../story/types';

/** The event the playhead belongs to: its `when`, and the time the playhead stands at for it. */
export interface PlayheadEvent {
  readonly when: When | undefined;
  /** Where the timeline puts the playhead for the event: its start, or a before-only event's bound. */
  readonly at: number;
}

/**
 * What the playhead says at `ms`, in `lang`. Standing on its event it says the event's date in the
 * narration's words ("by 3 February 2020", "late on 2 February 2020"), never the instant it is drawn
 * at: a by-publication bound is drawn at the publication line ("3 Feb 2020 00:00"), a day band at
 * its midnight. Anywhere else (scrubbing, playing by time) it says the instant under it.
 */
export function playheadText(ms: number, event: PlayheadEvent | null, lang: Lang): string {
  if (event && event.when && ms === event.at) return describeWhen(event.when, lang);
  return formatUtc(ms, 'timeline.instantPattern', lang);
}
