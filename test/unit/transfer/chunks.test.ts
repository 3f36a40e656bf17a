import { describe, expect, test } from 'vitest';
import { splitText } from '@/utils/transfer/chunks';

describe('splitText', () => {
  test.each([
    ['plain text', 'abcdefghij', 3],
    ['an emoji across a cut', 'ab😤cd😍😍e', 3],
    ['emoji only', '😤😍🙏', 2],
    ['shorter than a piece', 'abc', 10],
  ])('%s: pieces join back to the text, none ends in half a character', (_, text, size) => {
    const pieces = splitText(text, size);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(size);
      expect(piece.length).toBeGreaterThan(0);
      expect(piece.isWellFormed()).toBe(true);
    }
  });

  test('empty text is one empty piece, so the file still arrives', () => {
    expect(splitText('', 5)).toEqual(['']);
  });
});
