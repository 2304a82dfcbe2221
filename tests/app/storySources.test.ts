import { describe, expect, it } from 'vitest';
import { seedSources, urlSource } from '../../src/app/storySources';

describe('storySources', () => {
  it('accepts a ?story= address on the page\'s own origin, relative or absolute', () => {
    expect(urlSource('fixtures/sample.story.json', 'http://127.0.0.1:5173/')?.label).toBe('sample');
    expect(urlSource('http://127.0.0.1:5173/x/a.story.json', 'http://127.0.0.1:5173/')).not.toBeNull();
  });

  it('refuses any other origin, including protocol-relative and other ports', () => {
    expect(urlSource('https://example.com/a.json', 'http://127.0.0.1:5173/')).toBeNull();
    expect(urlSource('//example.com/a.json', 'http://127.0.0.1:5173/')).toBeNull();
    expect(urlSource('http://127.0.0.1:9999/a.json', 'http://127.0.0.1:5173/')).toBeNull();
    expect(urlSource('javascript:alert(1)', 'http://127.0.0.1:5173/')).toBeNull();
  });

  it('lists the seed stories by file name, sorted', () => {
    const ids = seedSources().map((s) => s.id);
    expect(ids).toEqual([...ids].sort());
    for (const id of ids) expect(id).toMatch(/^seeds\/.+\.story\.json$/);
  });
});
