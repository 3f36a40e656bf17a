import type { BrandPage } from '../brand-pages';
import { DEFAULT_TARGETS, type ResponseTargets } from '../replies/types';
import { DEFAULT_VOICE, type BrandVoice } from '../replies/voice';
import type { TanggapDb } from './database';

/** Typed access to the settings table: one key per setting. */
export interface Settings {
  brandPages: BrandPage[];
  /** Shown on manual tags and logged replies. */
  moderatorName: string;
  brandVoice: BrandVoice;
  responseTargets: ResponseTargets;
  /** The default templates were stored once; the team's deletions stay deleted. */
  templatesSeeded: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  brandPages: [],
  moderatorName: '',
  brandVoice: DEFAULT_VOICE,
  responseTargets: DEFAULT_TARGETS,
  templatesSeeded: false,
};

export async function readSetting<K extends keyof Settings>(db: TanggapDb, key: K): Promise<Settings[K]> {
  const row = await db.settings.get(key);
  return row === undefined ? DEFAULT_SETTINGS[key] : (row.value as Settings[K]);
}

export async function writeSetting<K extends keyof Settings>(
  db: TanggapDb,
  key: K,
  value: Settings[K],
): Promise<void> {
  await db.settings.put({ key, value });
}
