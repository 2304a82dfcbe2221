import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readsAsProse } from '../../src/article/readsAsProse';

const NEWS = 'The minister flew to Lisbon on Monday for two days of talks with her Portuguese counterpart. She said the meeting had gone well and that both sides would meet again in the spring. Officials in Madrid welcomed the visit, which was the first by a foreign minister this year. The talks covered trade, fishing rights and the new rail link between the two capitals.';

describe('readsAsProse', () => {
  it('reads news prose as prose, the seed articles included', () => {
    expect(readsAsProse(NEWS)).toEqual({ prose: true });
    for (const f of ['000_434d8e9a3390da3a', '001_amundsen_hobart', '002_ever_given_suez']) expect(readsAsProse(readFileSync(`seeds/${f}.txt`, 'utf8'))).toEqual({ prose: true });
  });

  it('says pasted HTML source is markup', () => {
    const html = `<!doctype html><html><head><title>Page</title></head><body><div class="a"><p>${NEWS}</p></div><script src="x.js"></script><footer><a href="/">Home</a></footer></body></html>`;
    expect(readsAsProse(html)).toEqual({ prose: false, reason: 'markup' });
  });

  it('says program code is markup', () => {
    const code = ['import { a } from "b";', 'const x = 1;', 'function f(y) {', '  return y + x;', '}', 'export { f };'].join('\n');
    expect(readsAsProse(code)).toEqual({ prose: false, reason: 'markup' });
  });

  it('says a list of words, one a line, is a list', () => {
    expect(readsAsProse(['Paris', 'Berlin', 'Rome', 'Madrid', 'Lisbon', 'Vienna', 'Prague', 'Warsaw', 'Athens'].join('\n'))).toEqual({ prose: false, reason: 'list' });
  });

  it('says words without the grammar of sentences are words, not prose', () => {
    const salad = Array.from({ length: 80 }, (_, i) => ['harbour', 'Paris', 'yellow', 'seven', 'Madrid', 'running', 'glass', 'Tuesday', 'quickly', 'mountain'][i % 10]).join(' ');
    expect(readsAsProse(salad)).toEqual({ prose: false, reason: 'words' });
  });

  it('does not call a short caption-like text anything: too little to judge', () => {
    expect(readsAsProse('Lisbon harbour, Monday. Ministers Lee and Costa.')).toEqual({ prose: true });
  });
});
