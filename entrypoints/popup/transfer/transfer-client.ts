import { sendMessage } from '@/utils/messaging/messenger';
import type { RequestData, RequestName, Responses } from '@/utils/messaging/protocol';
import { CHUNK_CHARS, MAX_CHUNKS, streamPieces } from '@/utils/transfer/chunks';
import { fileName, type ImportKind, type ImportOutcome } from '@/utils/transfer/outcome';

// The generic protocol map defeats the messenger's overloads; the background validates anyway.
const ask = <K extends RequestName>(name: K, data: RequestData<K>) =>
  (sendMessage as (n: RequestName, d: unknown) => Promise<unknown>)(name, data) as Promise<Responses[K]>;

export interface DownloadFile {
  name: string;
  blob: Blob;
}

/** The files of one export, gathered piece by piece from the background's snapshot. */
export async function exportFiles(request: RequestData<'exportStart'>): Promise<DownloadFile[]> {
  const started = await ask('exportStart', request);
  const at = new Date(started.exportedAt);
  const files: DownloadFile[] = [];
  for (const [file, { stem, extension, chunks }] of started.files.entries()) {
    const pieces: string[] = [];
    for (let index = 0; index < chunks; index++)
      pieces.push(await ask('exportChunk', { exportId: started.exportId, file, index }));
    const type = extension === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
    files.push({ name: fileName(stem, extension, at), blob: new Blob(pieces, { type }) });
  }
  return files;
}

/** The biggest file one import takes, in MB (one JavaScript string must hold it). */
export const MAX_IMPORT_MB = Math.floor((CHUNK_CHARS * MAX_CHUNKS) / 1_000_000);

/** A .csv is a templates sheet; anything else is read as a JSON export. */
export function importKindOf(file: File): ImportKind {
  return /\.csv$/i.test(file.name) || file.type === 'text/csv' ? 'templatesCsv' : 'json';
}

/**
 * Hands the file to the background piece by piece as it is decoded, so the popup never holds
 * it whole; the background checks all of it and writes it, or reports what is wrong.
 * `progress` hears how much is sent, as a share of the file.
 */
export async function importFile(
  file: File,
  progress: (share: number) => void = () => undefined,
): Promise<ImportOutcome> {
  const { importId } = await ask('importStart', { kind: importKindOf(file) });
  let chunks = 0;
  let sent = 0;
  for await (const text of streamPieces(file.stream().pipeThrough(new TextDecoderStream()))) {
    await ask('importChunk', { importId, index: chunks++, text });
    // Characters against bytes: close enough for a progress line, and never above 1.
    progress(Math.min(1, (sent += text.length) / Math.max(1, file.size)));
  }
  progress(1);
  return ask('importFinish', { importId, chunks });
}
