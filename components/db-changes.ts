import type { TableName } from '@/utils/db/database';
import { subscribe } from './page-messages';

/** Tells a view which tables the background just wrote. */
export function subscribeDbChanged(listener: (tables: TableName[]) => void): () => void {
  return subscribe('dbChanged', ({ tables }) => listener(tables));
}
