import { z } from 'zod';
import { CHUNK_CHARS, MAX_CHUNKS } from '../../transfer/chunks';
import { CSV_TABLES } from '../../transfer/csv-export';
import { GROUPS } from '../../transfer/envelope';
import { IMPORT_KINDS, type ExportStarted, type ImportOutcome } from '../../transfer/outcome';
import type { RequestSpecs } from './spec';

const transferId = z.string().min(1).max(64);
const index = z.number().int().nonnegative().lt(MAX_CHUNKS);
const choice = <T extends z.ZodType>(item: T, max: number) => z.array(item).min(1).max(max);

/**
 * Export and import of history, templates and brand voice. Files cross in pieces (one message
 * may not hold a large history): the background snapshots an export and hands it out piece by
 * piece; an import is collected piece by piece and written only when it is complete and clean.
 */
export const transferRequests = {
  exportStart: {
    data: z.discriminatedUnion('format', [
      z.object({ format: z.literal('json'), groups: choice(z.enum(GROUPS), GROUPS.length) }).strict(),
      z.object({ format: z.literal('csv'), tables: choice(z.enum(CSV_TABLES), CSV_TABLES.length) }).strict(),
    ]),
    from: ['page'],
  },
  exportChunk: {
    data: z.object({ exportId: transferId, file: z.number().int().nonnegative().max(10), index }).strict(),
    from: ['page'],
  },
  importStart: { data: z.object({ kind: z.enum(IMPORT_KINDS) }).strict(), from: ['page'] },
  importChunk: {
    data: z.object({ importId: transferId, index, text: z.string().max(CHUNK_CHARS) }).strict(),
    from: ['page'],
  },
  /** `chunks`: how many pieces were sent, so a lost one is noticed. */
  importFinish: {
    data: z.object({ importId: transferId, chunks: z.number().int().min(1).max(MAX_CHUNKS) }).strict(),
    from: ['page'],
  },
} as const satisfies RequestSpecs;

export interface TransferResponses {
  exportStart: ExportStarted;
  exportChunk: string;
  importStart: { importId: string };
  importChunk: void;
  importFinish: ImportOutcome;
}
