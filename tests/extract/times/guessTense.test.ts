import { describe, expect, it } from 'vitest';
import { guessTense, type Tense } from '../../../src/extract/times/guessTense';

// Each sentence marks the expression whose clause is read with [brackets].
const cases: { text: string; tense: Tense }[] = [
  { text: 'The minister said on [Friday] that talks failed.', tense: 'past' },
  { text: 'The ministers will meet on [Friday].', tense: 'future' },
  { text: 'On [Tuesday] the players travel north to the coast for the final.', tense: 'future' },
  { text: 'A new mayor will be named in [June].', tense: 'future' },
  { text: 'The games are to be held in [August].', tense: 'future' },
  { text: 'The vote had been scheduled to take place on [Monday].', tense: 'past' },
  { text: 'The vote is scheduled to take place on [Monday].', tense: 'future' },
  { text: 'The talks were postponed until [Thursday].', tense: 'future' },
  { text: 'Tenants have until [Friday] to leave.', tense: 'future' },
  { text: 'The agency extended its deadline until [Tuesday].', tense: 'future' },
  { text: 'Higher fares become effective [March 1].', tense: 'future' },
  { text: 'The new rules became effective [March 1].', tense: 'past' },
  { text: 'Prices have climbed since [April].', tense: 'past' },
  { text: 'Ms. Lee will succeed Anna B. Cole in [May].', tense: 'future' },
  { text: 'Guards stood next to the gate on [Sunday].', tense: 'past' },
  { text: 'Prices were high. Shares at $30 in [March].', tense: 'unknown' },
];

describe('guessTense', () => {
  for (const c of cases) {
    it(`guessTense reads ${JSON.stringify(c.text)} as ${c.tense}`, () => {
      const start = c.text.indexOf('[');
      const end = c.text.indexOf(']') - 1;
      expect(guessTense(c.text.replace(/[[\]]/g, ''), start, end)).toBe(c.tense);
    });
  }
});
