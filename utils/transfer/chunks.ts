/**
 * Big files cross between the popup and the background in pieces: one Chrome message holds at
 * most 64 MiB, and a brand's full history can be larger.
 */
export const CHUNK_CHARS = 4_000_000;
/** About 480 MB of text: as much as one JavaScript string can hold, with room to spare. */
export const MAX_CHUNKS = 120;

/**
 * Where to cut `text` to keep a piece at most `size` long without parting the two halves of a
 * character outside the BMP (an emoji): a half on its own turns into U+FFFD in a file.
 */
function cutAt(text: string, size: number): number {
  const end = Math.min(size, text.length);
  const last = text.charCodeAt(end - 1);
  return end < text.length && end > 1 && last >= 0xd800 && last <= 0xdbff ? end - 1 : end;
}

export function splitText(text: string, size = CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  for (let rest = text; rest.length > 0;) {
    const end = cutAt(rest, size);
    chunks.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  return chunks.length > 0 ? chunks : [''];
}

/**
 * The same pieces from text as it streams in (a file being decoded), so the whole file never
 * has to sit in the page as one string.
 */
export async function* streamPieces(
  stream: ReadableStream<string>,
  size = CHUNK_CHARS,
): AsyncGenerator<string> {
  let buffer = '';
  let sent = false;
  // A reader rather than `for await`: older Chrome cannot iterate a stream.
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    buffer += read.value;
    while (buffer.length > size) {
      const end = cutAt(buffer, size);
      yield buffer.slice(0, end);
      sent = true;
      buffer = buffer.slice(end);
    }
  }
  if (buffer.length > 0 || !sent) yield buffer;
}
