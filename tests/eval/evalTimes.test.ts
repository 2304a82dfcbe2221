import { describe, expect, it } from 'vitest';
import { evalTimes, type GoldTimex, type SystemTimex } from '../../src/eval/evalTimes';

const g = (start: number, end: number, value: string, type = 'DATE'): GoldTimex => ({ start, end, text: '', type, value });
const f = (start: number, end: number, value: string, type = 'DATE'): SystemTimex => ({ start, end, text: '', type, value });

describe('evalTimes', () => {
  it('evalTimes counts an exact span as both a strict and a relaxed match', () => {
    const s = evalTimes([{ id: 'a', gold: [g(0, 5, '2020')], found: [f(0, 5, '2020')] }]);
    expect([s.strict.f1, s.relaxed.f1, s.value.f1, s.typeAccuracy]).toEqual([1, 1, 1, 1]);
  });

  it('evalTimes counts an overlapping span as relaxed only, and scores its value', () => {
    const s = evalTimes([{ id: 'a', gold: [g(0, 10, 'P1W', 'DURATION')], found: [f(4, 10, 'P1W', 'DURATION')] }]);
    expect(s.strict.f1).toBe(0);
    expect(s.relaxed.f1).toBe(1);
    expect(s.value.f1).toBe(1);
  });

  it('evalTimes matches one to one and reports misses, spurious finds and wrong values', () => {
    const s = evalTimes([{ id: 'a', gold: [g(0, 5, '2020'), g(20, 25, '2019')], found: [f(0, 5, '2021'), f(40, 45, 'P1D')] }]);
    expect(s.relaxed.precision).toBe(0.5);
    expect(s.relaxed.recall).toBe(0.5);
    expect(s.value.f1).toBe(0);
    expect(s.misses.map((m) => m.kind).sort()).toEqual(['missed', 'spurious', 'value']);
  });

  it('evalTimes gives zeros, not NaN, for an empty run', () => {
    const s = evalTimes([]);
    expect([s.relaxed.f1, s.value.f1, s.typeAccuracy]).toEqual([0, 0, 0]);
  });
});
