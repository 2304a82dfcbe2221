import { describe, expect, it } from 'vitest';
import { readEmbedOptions } from '../../src/embed/embedOptions';

const from = (query: string) => {
  const params = new URLSearchParams(query);
  return readEmbedOptions((n) => params.get(n));
};

describe('readEmbedOptions', () => {
  it('gives defaults when nothing is set: no autoplay, auto theme, controls shown', () => {
    expect(from('')).toEqual({ autoplay: false, theme: 'auto', controls: true });
  });

  it('reads event, autoplay, theme, lang, height and controls', () => {
    expect(from('event=e3&autoplay=1&theme=dark&lang=fr-CA&height=480&controls=0')).toEqual({
      event: 'e3',
      autoplay: true,
      theme: 'dark',
      lang: 'fr-CA',
      height: '480px',
      controls: false,
    });
    expect(from('height=60vh&autoplay&controls=false').height).toBe('60vh');
    expect(from('autoplay').autoplay).toBe(true);
  });

  it('ignores values that could smuggle CSS or markup', () => {
    expect(from('height=1px;background:url(x)&theme=<b>&lang=en"onload').height).toBeUndefined();
    expect(from('theme=<b>').theme).toBe('auto');
    expect(from('lang=en"onload').lang).toBeUndefined();
  });
});
