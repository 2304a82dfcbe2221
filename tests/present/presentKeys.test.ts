import { describe, expect, it } from 'vitest';
import { presentAction } from '../../src/present/presentKeys';

describe('presentAction', () => {
  it('maps what clickers send: PageDown/PageUp, arrows, Space, and "." or B for a black screen', () => {
    expect(['PageDown', 'ArrowRight', 'ArrowDown', ' ', 'Enter'].map((k) => presentAction(k))).toEqual(Array(5).fill('next'));
    expect(['PageUp', 'ArrowLeft', 'ArrowUp', 'Backspace'].map((k) => presentAction(k))).toEqual(Array(4).fill('previous'));
    expect([presentAction('b'), presentAction('B'), presentAction('.')]).toEqual(['black', 'black', 'black']);
    expect([presentAction('Home'), presentAction('End'), presentAction('f'), presentAction('a')]).toEqual(['first', 'last', 'fullscreen', 'autoplay']);
  });

  it('Shift+Space goes back, and other keys do nothing', () => {
    expect(presentAction(' ', true)).toBe('previous');
    expect(presentAction('x')).toBeNull();
    expect(presentAction('Tab')).toBeNull();
  });
});
