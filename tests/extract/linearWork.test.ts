import { beforeAll, describe, expect, it } from 'vitest';
import { extractStory } from '../../src/extract/extractStory';
import { loadGazetteer } from '../../src/gazetteer/loadGazetteer';
import type { Gazetteer } from '../../src/gazetteer/types';
import { SHAPES } from './inputShapes';
import { measureRegexWork, type RegexWork } from './regexWork';

const SIZE = 20_000;
const DATE = '2024-01-01';
let gazetteer: Gazetteer;

beforeAll(async () => {
  gazetteer = await loadGazetteer();
  // What extraction sets up once is not work per character.
  extractStory(SHAPES['ordinary news'](SIZE), { gazetteer, date: DATE });
});

const workOf = (text: string): RegexWork => measureRegexWork(() => extractStory(text, { gazetteer, date: DATE }));

/** The patterns whose work grew most beyond four times, to name the culprit when the rule fails. */
function grownMost(small: RegexWork, large: RegexWork): string {
  return [...large.byPattern]
    .map(([pattern, chars]) => ({ pattern, from: small.byPattern.get(pattern) ?? 0, to: chars }))
    .sort((a, b) => b.to - 4 * b.from - (a.to - 4 * a.from))
    .slice(0, 3)
    .map((p) => `${p.pattern.slice(0, 120)}: ${p.from} -> ${p.to} characters`)
    .join('\n');
}

/**
 * Extraction reads every input shape a bounded number of times per character: four times the
 * text costs about four times the regex work, where a scan of a growing prefix for each mention
 * (issue #20: "on Monday " repeated took 27 s) would cost sixteen times.
 */
describe('extraction work grows linearly with the text', () => {
  it.each(Object.entries(SHAPES))('extraction scans each input shape a bounded number of times per character: %s', (_name, make) => {
    const small = workOf(make(SIZE));
    const large = workOf(make(4 * SIZE));
    expect(small.total, 'regex calls are counted').toBeGreaterThan(SIZE);
    expect(large.total / small.total, grownMost(small, large)).toBeLessThan(6);
  });
});

/** The measure sees every way a pattern runs, a prefix scanned per mention as square work, and leaves `exec` as it was. */
describe('measureRegexWork', () => {
  const text = 'on Monday '.repeat(100);

  it('counts matching, replacing, splitting, searching and testing', () => {
    const uses: ((s: string) => unknown)[] = [
      (s) => s.match(/Monday/g),
      (s) => [...s.matchAll(/Monday/g)],
      (s) => s.replace(/Monday/g, 'Tuesday'),
      (s) => s.replaceAll(/Monday/g, 'Tuesday'),
      (s) => s.split(/ /),
      (s) => s.search(/Tuesday/),
      (s) => /Tuesday/.test(s),
    ];
    for (const use of uses) expect(measureRegexWork(() => use(text)).total).toBeGreaterThanOrEqual(text.length - 'Monday '.length);
  });

  it('counts an end-anchored scan of a growing prefix as square work, a start-anchored test of the rest as linear', () => {
    const at = (s: string): number[] => [...s.matchAll(/Monday/g)].map((m) => m.index);
    const prefixes = (s: string) => measureRegexWork(() => at(s).forEach((i) => /\s+$/.test(s.slice(0, i)))).total;
    const rests = (s: string) => measureRegexWork(() => at(s).forEach((i) => /^\s*Monday/.test(s.slice(i)))).total;
    expect(prefixes(text.repeat(4)) / prefixes(text)).toBeGreaterThan(12);
    expect(rests(text.repeat(4)) / rests(text)).toBeLessThan(5);
  });

  it('puts exec back when the run throws', () => {
    const exec = RegExp.prototype.exec;
    expect(() =>
      measureRegexWork(() => {
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(RegExp.prototype.exec).toBe(exec);
  });
});
