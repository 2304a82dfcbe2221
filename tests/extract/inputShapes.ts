import { readFileSync } from 'node:fs';

const seed = readFileSync(new URL('../../seeds/000_434d8e9a3390da3a.txt', import.meta.url), 'utf8');
const news = seed.slice(seed.indexOf('United States'));

/** `unit` repeated and cut to exactly `size` characters. */
export const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/**
 * Input shapes that break naive text code (long sentences, whitespace runs, repeated phrases,
 * long capitalised runs, digits, punctuation), beside ordinary news: each makes a text of `size`
 * characters. Shared by the shapes bench and the linear-work tests.
 */
export const SHAPES = {
  'ordinary news': (n: number) => fill(`${news}\n\n`, n),
  'one long sentence': (n: number) => fill('the delegation flew on to Paris and then to Rome and ', n),
  'whitespace run': (n: number) => `Paris${' '.repeat(n - 10)}Rome.`,
  'repeated phrase': (n: number) => fill('on Monday ', n),
  'capitalised run': (n: number) => fill('Paris Berlin Rome Madrid Lisbon Vienna ', n),
  digits: (n: number) => fill('2020 10:35 3/4/2021 12 ', n),
  punctuation: (n: number) => fill(',;:()-–—"“”.!? ', n),
  'one word list': (n: number) => fill('Paris\n', n),
} satisfies Record<string, (size: number) => string>;
