import type { TableName } from '@/utils/db/database';
import { useRequest } from './use-request';

/** Every table the counts come from: any write to one of them refreshes the counts. */
const COUNTED: readonly TableName[] = ['pages', 'posts', 'comments', 'annotations', 'replies', 'templates'];

/** The database's counts, kept fresh. */
export function useDbStats() {
  return useRequest('getStats', {}, COUNTED);
}
