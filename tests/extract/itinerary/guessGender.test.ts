import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/article/splitSentences';
import { guessGender } from '../../../src/extract/itinerary/guessGender';
import { findTravellers } from '../../../src/extract/itinerary/findTravellers';
import { findPeople } from '../../../src/extract/people/findPeople';

function genders(text: string): Record<string, string> {
  const travellers = findTravellers(text, findPeople(text, () => false));
  return Object.fromEntries(guessGender(text, travellers, splitSentences(text)));
}

describe('guessGender', () => {
  it('reads a title before a name ("Mr", "Queen")', () => {
    expect(genders('Mr Bob Stone met Queen Ann Lee.')).toEqual({ 'Bob Stone': 'm', 'Ann Lee': 'f' });
  });

  it('reads the pronouns after a person who is the only one named in the sentence', () => {
    expect(genders('Bob Stone said he would go. Ann Lee packed her bags because she was leaving.')).toEqual({ 'Bob Stone': 'm', 'Ann Lee': 'f' });
  });

  it('gives no gender where two people share the sentence, or the evidence goes both ways', () => {
    expect(genders('Bob Stone left when Ann Lee arrived, and she smiled.')).toEqual({});
    expect(genders('Ann Lee said he was right and she was wrong.')).toEqual({});
  });

  it('never gives a ship a gender, though English calls it "she"', () => {
    expect(genders('HMS Dart left port, and she was fast.')).toEqual({});
  });
});
