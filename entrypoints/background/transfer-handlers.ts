import type { TableName } from '@/utils/db/database';
import type { transferRequests } from '@/utils/messaging/requests/transfer';
import type { z } from 'zod';
import { splitText } from '@/utils/transfer/chunks';
import { TABLE_PARTS } from '@/utils/transfer/envelope';
import { importFile } from '@/utils/transfer/import-file';
import type { ImportCounts } from '@/utils/transfer/apply-import';
import type { ImportKind } from '@/utils/transfer/outcome';
import { readCsv, readExport } from '@/utils/transfer/read-export';
import type { AreaHandlers, HandlerContext } from './handler-context';

export class TransferGone extends Error {
  override name = 'TransferGone';
}

interface ExportFile {
  stem: string;
  extension: 'json' | 'csv';
  chunks: string[];
}

interface Importing {
  id: string;
  kind: ImportKind;
  chunks: string[];
}

type ExportRequest = z.output<typeof transferRequests.exportStart.data>;

async function exportFiles(
  context: HandlerContext,
  request: ExportRequest,
  at: number,
): Promise<ExportFile[]> {
  if (request.format === 'json') {
    const text = JSON.stringify(await readExport(context.db, request.groups, at));
    return [{ stem: 'tanggap', extension: 'json', chunks: splitText(text) }];
  }
  const files: ExportFile[] = [];
  for (const table of request.tables)
    files.push({
      stem: `tanggap-${table}`,
      extension: 'csv',
      chunks: splitText(await readCsv(context.db, table)),
    });
  return files;
}

/** The tables an import wrote; the template defaults and the voice live in settings. */
function written(counts: ImportCounts): TableName[] {
  const tables: TableName[] = TABLE_PARTS.filter((part) => part in counts);
  if ('templates' in counts || 'brandVoice' in counts || 'responseTargets' in counts) tables.push('settings');
  return tables;
}

/**
 * Export and import, in pieces. Only the latest of each is kept: starting another drops the
 * one before, so a popup closed halfway leaves at most one behind.
 */
export function transferHandlers(context: HandlerContext): AreaHandlers<keyof typeof transferRequests> {
  let exporting: { id: string; files: ExportFile[] } | null = null;
  let importing: Importing | null = null;
  return {
    exportStart: async (request) => {
      const at = context.now();
      const files = await exportFiles(context, request, at);
      exporting = { id: crypto.randomUUID(), files };
      return {
        exportId: exporting.id,
        exportedAt: at,
        files: files.map(({ stem, extension, chunks }) => ({ stem, extension, chunks: chunks.length })),
      };
    },
    exportChunk: async ({ exportId, file, index }) => {
      const chunk = exporting?.id === exportId ? exporting.files[file]?.chunks[index] : undefined;
      if (chunk === undefined) throw new TransferGone('That export is no longer available: export again.');
      return chunk;
    },
    importStart: async ({ kind }) => {
      // The export's text is no longer needed once the user moves on to importing.
      exporting = null;
      importing = { id: crypto.randomUUID(), kind, chunks: [] };
      return { importId: importing.id };
    },
    importChunk: async ({ importId, index, text }) => {
      if (importing?.id !== importId || index !== importing.chunks.length)
        throw new TransferGone('That import was interrupted: import the file again.');
      importing.chunks.push(text);
    },
    importFinish: async ({ importId, chunks }) => {
      const current = importing;
      if (current?.id !== importId || current.chunks.length !== chunks)
        throw new TransferGone('That import was interrupted: import the file again.');
      importing = null;
      const text = current.chunks.join('');
      // The pieces are the whole file a second time: let them go before the work starts.
      current.chunks.length = 0;
      const outcome = await importFile(context.db, current.kind, text, context.now());
      if (outcome.ok) context.changed(written(outcome.counts));
      return outcome;
    },
  };
}
