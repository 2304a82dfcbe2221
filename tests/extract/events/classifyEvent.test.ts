import { describe, expect, it } from 'vitest';
import { classifyEvent } from '../../../src/extract/events/classifyEvent';

describe('classifyEvent', () => {
  it.each([
    ['The Secretary was set to fly to Uzbekistan late yesterday.', 'travel'],
    ['He also visited Belarus and Ukraine.', 'visit'],
    ['The ministers met in Geneva.', 'meeting'],
    ['The virus has killed more than 300 people.', 'incident'],
    ['Mr Pompeo said he had raised the matter.', 'statement'],
  ])('classifyEvent(%j) is %s', (sentence, kind) => {
    expect(classifyEvent(sentence)?.kind).toBe(kind);
  });

  it('gives movement precedence over the speech that reports it', () => {
    expect(classifyEvent('She said she flew to Paris.')?.kind).toBe('travel');
  });

  it('finds no kind in a sentence without a cue verb', () => {
    expect(classifyEvent('Kazakhstan is a former Soviet republic.')).toBeUndefined();
    expect(classifyEvent('The visitor centre is closed.')).toBeUndefined();
  });
});
