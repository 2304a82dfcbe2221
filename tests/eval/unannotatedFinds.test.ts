import { describe, expect, it } from 'vitest';
import type { PlaceFind } from '../../src/extract/places/types';
import type { PlaceEvalLine } from '../../src/eval/evalTypes';
import { judgedFinds } from '../../src/eval/unannotatedFinds';

const find = (start: number, end: number, rule: string): PlaceFind => ({ start, end, text: 'x', rule, confidence: 0.5, candidates: [], entry: {} as PlaceFind['entry'] });
const line = (unannotated?: string[]): PlaceEvalLine => ({
  id: 'l1', dataset: 'ours', title: 't', text: 'Peruvian officials met in Lima; the Peruvian capital was calm.',
  toponyms: [{ text: 'Lima', start: 26, end: 30, lat: -12.05, lon: -77.04 }, { text: 'Peruvian', start: 36, end: 44, lat: -10, lon: -76 }],
  ...(unannotated ? { unannotated } : {}),
});

describe('judgedFinds', () => {
  it('a find of a kind the line says was not annotated, outside every gold span, is not scored', () => {
    const finds = [find(0, 8, 'demonym'), find(26, 30, 'name')];
    expect(judgedFinds(line(['demonym']), finds).map((f) => f.start)).toEqual([26]);
  });

  it('a find of that kind on a gold span is still scored', () => {
    expect(judgedFinds(line(['demonym']), [find(36, 44, 'demonym')]).map((f) => f.start)).toEqual([36]);
  });

  it('a line that names no unannotated kind scores every find', () => {
    expect(judgedFinds(line(), [find(0, 8, 'demonym'), find(26, 30, 'name')])).toHaveLength(2);
  });
});
