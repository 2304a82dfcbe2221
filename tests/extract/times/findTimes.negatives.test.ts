import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/extract/times/findTimes';

// Strings each finder must leave alone, as chrono-node keeps a negative file per language.
const negatives: { finder: string; text: string; not: string }[] = [
  { finder: 'months', text: 'The talks may fail, and they May not resume.', not: 'May' },
  { finder: 'months', text: 'Thousands joined the March on Washington.', not: 'March' },
  { finder: 'months', text: 'Protesters march through the capital.', not: 'march' },
  { finder: 'weekdays', text: 'The Sunday Times reported the deal.', not: 'Sunday' },
  { finder: 'years', text: 'About 2,000 people marched and 1500 troops stayed.', not: '2,000' },
  { finder: 'years', text: 'Some 1500 troops stayed behind.', not: '1500' },
  { finder: 'years', text: 'It cost $1999 in all.', not: '1999' },
  { finder: 'decades', text: 'Temperatures were in the 50s all week.', not: '50s' },
  { finder: 'durations', text: 'He won a second term.', not: 'second' },
  { finder: 'durations', text: 'The 6-year-old boy was found.', not: '6-year-old' },
  { finder: 'durations', text: 'About three-quarters of voters agreed.', not: 'three-quarters' },
  { finder: 'sets', text: 'The Communist Party daily Granma said so.', not: 'daily' },
  { finder: 'sets', text: 'China Daily reported the visit.', not: 'Daily' },
  { finder: 'references', text: 'The future tense is hard.', not: 'future' },
  { finder: 'references', text: 'Prices were higher than earlier estimates.', not: 'earlier' },
  { finder: 'relativeDays', text: 'She was interviewed by USA Today.', not: 'Today' },
  { finder: 'relativeUnits', text: 'After the fall of the Berlin Wall, trade grew.', not: 'the fall' },
  { finder: 'namedPeriods', text: 'The current account deficit widened.', not: 'current' },
  { finder: 'holidays', text: 'They sold a Christmas tree.', not: 'Christmas' },
  { finder: 'clockTimes', text: 'The score was 3-1 at the break.', not: '3-1' },
  { finder: 'dropTitles', text: 'He appeared on This Week and on 60 Minutes.', not: 'This Week' },
  { finder: 'dropTitles', text: 'He appeared on This Week and on 60 Minutes.', not: '60 Minutes' },
  { finder: 'quarters', text: 'The quarterback threw twice.', not: 'quarter' },
  { finder: 'quarters', text: 'He scored twice in the last half of the game.', not: 'half' },
  { finder: 'durations', text: 'The daylight lasted long into the evening.', not: 'day' },
  { finder: 'widenWeekOf', text: 'It was the week of action on March 6.', not: 'week' },
];

describe('findTimes negatives', () => {
  for (const n of negatives) {
    it(`findTimes leaves ${JSON.stringify(n.not)} alone in ${JSON.stringify(n.text)} (${n.finder})`, () => {
      const texts = findTimes(n.text, '2020-02-03').map((f) => f.text);
      expect(texts.filter((t) => t.includes(n.not))).toEqual([]);
    });
  }
});
