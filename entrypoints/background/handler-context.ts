import type { TableName, TanggapDb } from '@/utils/db/database';
import type { Settings } from '@/utils/db/settings';
import type { Handlers } from '@/utils/messaging/route';

/** What every group of handlers works with. */
export interface HandlerContext {
  db: TanggapDb;
  /** Tells open pages which tables were written. */
  changed: (tables: TableName[]) => void;
  now: () => number;
  /** The moderator's name for what they do, "moderator" until they set one. */
  moderator: () => Promise<string>;
  settings: () => Promise<Settings>;
}

/** The handlers of one area's requests. */
export type AreaHandlers<K extends string> = Pick<Handlers, K & keyof Handlers>;
