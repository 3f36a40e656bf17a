/**
 * Big files cross between the popup and the background in pieces: one Chrome message holds at
 * most 64 MiB, and a brand's full history can be larger.
 */
export const CHUNK_CHARS = 4_000_000;
/** About 480 MB of text: as much as one JavaScript string can hold, with room to spare. */
export const MAX_CHUNKS = 120;

/**
 * Cuts text into pieces, never between the two halves of a character outside the BMP (an
 * emoji): a half on its own would turn into U+FFFD when the pieces become a file.
 */
export function splitText(text: string, size = CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - 1 > start && last >= 0xd800 && last <= 0xdbff) end--;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks.length > 0 ? chunks : [''];
}
