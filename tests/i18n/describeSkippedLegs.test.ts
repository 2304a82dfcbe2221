import { beforeAll, describe, expect, it } from 'vitest';
import { describeSkippedLegs } from '../../src/i18n/describeSkippedLegs';
import { LANGUAGES, type Lang } from '../../src/i18n/languages';
import { loadLanguage } from '../../src/i18n/loadLanguage';
import type { Route, SkippedLeg } from '../../src/story/types';

beforeAll(async () => {
  for (const lang of LANGUAGES) await loadLanguage(lang);
});

const route = (skipped?: SkippedLeg[]): Route => ({ id: 'r1', traveller: 'Mike Pompeo', stops: [], spans: [], ...(skipped ? { skipped } : {}) });
const kyiv: SkippedLeg = { name: 'Kyiv', placeId: 'kyiv', reason: 'cancelled', spans: [] };
const kenya: SkippedLeg = { name: 'Kenya', reason: 'earlier trip', spans: [] };
const text = (r: Route, lang: Lang = 'en'): string => describeSkippedLegs(r, lang).map((s) => s.text).join('');

describe('describeSkippedLegs', () => {
  it('is empty for a route that skipped nothing, or has an empty list', () => {
    expect(describeSkippedLegs(route())).toEqual([]);
    expect(describeSkippedLegs(route([]))).toEqual([]);
  });

  it('says a cancelled leg is not a stop, and why', () => {
    expect(text(route([kyiv]))).toBe('Not a stop: Kyiv (cancelled)');
    expect(text(route([kenya]))).toBe('Not a stop: Kenya (an earlier trip)');
  });

  it('gives the place name a segment of its own, with its place id when the story locates it', () => {
    expect(describeSkippedLegs(route([kyiv]))).toEqual([
      { kind: 'text', text: 'Not a stop: ' },
      { kind: 'name', text: 'Kyiv', placeId: 'kyiv' },
      { kind: 'text', text: ' (cancelled)' },
    ]);
    expect(describeSkippedLegs(route([kenya]))[1]).toEqual({ kind: 'name', text: 'Kenya' });
  });

  it('lists several legs the way the language joins a list', () => {
    const both = route([kyiv, kenya]);
    expect(text(both)).toBe('Not a stop: Kyiv (cancelled) and Kenya (an earlier trip)');
    expect(describeSkippedLegs(both).filter((s) => s.kind === 'name').map((s) => s.text)).toEqual(['Kyiv', 'Kenya']);
    expect(text(route([kyiv, kenya, { ...kyiv, name: 'Minsk' }]))).toBe('Not a stop: Kyiv (cancelled), Kenya (an earlier trip), and Minsk (cancelled)');
  });

  it('speaks every interface language', () => {
    const both = route([kyiv, kenya]);
    expect(Object.fromEntries(LANGUAGES.map((lang) => [lang, text(both, lang)]))).toEqual({
      en: 'Not a stop: Kyiv (cancelled) and Kenya (an earlier trip)',
      fr: 'Pas une étape : Kyiv (annulé) et Kenya (un voyage antérieur)',
      de: 'Keine Station: Kyiv (abgesagt) und Kenya (eine frühere Reise)',
      es: 'No es una parada: Kyiv (cancelado) y Kenya (un viaje anterior)',
      ru: 'Не остановка: Kyiv (отменено) и Kenya (прежняя поездка)',
    });
  });

  it('keeps a name that looks like markup or a message parameter exactly as written, as one name', () => {
    for (const name of ['<img src=x onerror=alert(1)>', '{places}', '{name}', 'and', ', ']) {
      const segments = describeSkippedLegs(route([{ ...kyiv, name }]));
      expect(segments.filter((s) => s.kind === 'name')).toEqual([{ kind: 'name', text: name, placeId: 'kyiv' }]);
      expect(segments.map((s) => s.text).join('')).toBe(`Not a stop: ${name} (cancelled)`);
    }
  });
});
