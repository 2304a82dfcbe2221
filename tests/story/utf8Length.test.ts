import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../src/story/utf8Length';

describe('utf8Length', () => {
  it.each([
    ['ASCII', 'Nur-Sultan'],
    ['two-byte letters', 'Almaty, Kazakhstan — Алматы, Қазақстан'],
    ['three-byte characters', '努尔苏丹 • ‮'],
    ['a surrogate pair (four bytes)', 'map 🗺 pin 📍'],
    ['a lone surrogate, written as U+FFFD', 'broken \uD83D here'],
  ])('counts %s as Node encodes them', (_label, text) => {
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});
