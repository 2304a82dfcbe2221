import { describe, expect, it } from 'vitest';
import { isConnector } from '../../../src/extract/itinerary/isConnector';

describe('isConnector: what may stand between two places of one list or leg', () => {
  it('takes joining words, punctuation and spaces ("visited Rome, Naples and then Bari")', () => {
    for (const gap of [', ', ' and ', ', and then ', ' as well as ', ' on to ', ' onto ', ' by way of ', ' — ', ' (', ') to ']) expect(isConnector(gap), gap).toBe(true);
  });

  it('takes dates and numbers between them ("in Oslo from March 3 to 5th, in Bergen")', () => {
    expect(isConnector(' from March 3 to 5th, in ')).toBe(true);
    expect(isConnector(' on Feb. 16, then ')).toBe(true);
  });

  it("takes a capitalised word with its possessive (\"Lisbon, Portugal's capital, and\")", () => {
    expect(isConnector(", Portugal's capital, and ")).toBe(true);
  });

  it('refuses a gap with any other word in it ("Rome, where the pope met")', () => {
    for (const gap of [', where the pope met ', ' and spoke in ', ' because ']) expect(isConnector(gap), gap).toBe(false);
  });

  it('reads a long run of digits once, whatever comes after it', () => {
    expect(isConnector(`${'7'.repeat(5_000)}x`)).toBe(false);
    expect(isConnector(`${'7'.repeat(5_000)} `)).toBe(true);
  });
});
