import { describeWhen } from '../i18n/describeWhen';
import type { Lang } from '../i18n/languages';
import { t } from '../i18n/t';
import type { Story } from '../story/types';

/** "Reuters · published 3 February 2020 · NUR-SULTAN"; a collection says how many articles and over which days. */
export function storyByline(story: Story, lang: Lang): string {
  const day = (date: string): string => describeWhen({ start: date, precision: 'day' }, lang);
  const dates = (story.groups ?? []).map((g) => g.published).filter((d): d is string => d !== undefined).sort();
  if ((story.groups?.length ?? 0) > 1 && dates.length > 0) {
    return t(lang, 'byline.collection', { count: story.groups?.length ?? 0, from: day(dates[0] as string), to: day(dates.at(-1) as string) });
  }
  return [story.meta.source?.name, t(lang, 'byline.published', { date: day(story.meta.published) }), story.meta.dateline?.text]
    .filter((x) => x !== undefined && x !== '')
    .join(' · ');
}
