import { describe, expect, it } from 'vitest';
import { parseStep, presentSteps } from '../../src/present/presentSteps';

describe('presentSteps', () => {
  it('puts an overview first, one step per event in order, and a recap last', () => {
    expect(presentSteps(['e2', 'e1'])).toEqual(['overview', 'event:e2', 'event:e1', 'recap']);
    expect(presentSteps([])).toEqual(['overview', 'recap']);
  });

  it('parseStep reads the ids back, treating anything unknown as the overview', () => {
    expect(parseStep('event:e:1')).toEqual({ kind: 'event', eventId: 'e:1' });
    expect(parseStep('recap')).toEqual({ kind: 'recap' });
    expect(parseStep(null)).toEqual({ kind: 'overview' });
    expect(parseStep('nonsense')).toEqual({ kind: 'overview' });
  });
});
