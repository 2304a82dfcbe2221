import { describe, expect, it } from 'vitest';
import { parseStep, presentSteps, recapStep } from '../../src/present/presentSteps';

describe('presentSteps', () => {
  it('puts an overview first, one step per event in order, and a recap last', () => {
    expect(presentSteps(['e2', 'e1'])).toEqual(['overview', 'event:e2', 'event:e1', 'recap']);
    expect(presentSteps([])).toEqual(['overview', 'recap']);
  });

  it('gives the recap as many steps as it has pages, the first still called recap', () => {
    expect(presentSteps(['e1'], 3)).toEqual(['overview', 'event:e1', 'recap', 'recap:2', 'recap:3']);
    expect(presentSteps(['e1'], 0)).toEqual(['overview', 'event:e1', 'recap']);
    expect(recapStep(1)).toBe('recap');
    expect(recapStep(2)).toBe('recap:2');
  });

  it('parseStep reads the ids back, treating anything unknown as the overview', () => {
    expect(parseStep('event:e:1')).toEqual({ kind: 'event', eventId: 'e:1' });
    expect(parseStep('recap')).toEqual({ kind: 'recap', page: 1 });
    expect(parseStep('recap:3')).toEqual({ kind: 'recap', page: 3 });
    expect(parseStep(null)).toEqual({ kind: 'overview' });
    expect(parseStep('nonsense')).toEqual({ kind: 'overview' });
    expect(parseStep('recap:0')).toEqual({ kind: 'overview' });
    expect(parseStep('recap:x')).toEqual({ kind: 'overview' });
  });
});
