import { describe, expect, test } from 'vitest';
import { splitText, streamPieces } from '@/utils/transfer/chunks';

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

/** Text arriving in the bits a decoder hands out. */
function streamOf(bits: string[]): ReadableStream<string> {
  return new ReadableStream({
    start(controller) {
      for (const bit of bits) controller.enqueue(bit);
      controller.close();
    },
  });
}

async function collect(stream: ReadableStream<string>, size: number): Promise<string[]> {
  const pieces: string[] = [];
  for await (const piece of streamPieces(stream, size)) pieces.push(piece);
  return pieces;
}

describe('streamPieces', () => {
  test.each([
    ['bits smaller than a piece', ['ab', 'cd', 'ef', 'g'], 3],
    ['a bit larger than several pieces', ['abcdefghijk'], 3],
    ['an emoji at every cut', ['a😤', 'b😍c', '😍😍'], 3],
    ['pieces exactly full', ['abc', 'def'], 3],
  ])('%s: the same pieces as cutting the whole text', async (_, bits, size) => {
    const pieces = await collect(streamOf(bits), size);
    expect(pieces.join('')).toBe(bits.join(''));
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(size);
      expect(piece.isWellFormed()).toBe(true);
    }
  });

  test('an empty file is one empty piece', async () => {
    expect(await collect(streamOf([]), 3)).toEqual(['']);
  });

  test('a file of UTF-8 bytes, decoded as it streams, arrives whole', async () => {
    const text = 'Kopi susu 😤 '.repeat(500);
    const file = new Blob([text]);
    const pieces = await collect(file.stream().pipeThrough(new TextDecoderStream()), 1_000);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.join('')).toBe(text);
  });
});
