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

/** Settings that their own area's requests serve, apart from getSettings. */
export interface AreaSettings {
  /** Threads quiet for longer than this many months are deleted; 0 keeps everything (issue 6). */
  retentionMonths: number;
}

type StoredSettings = Settings & AreaSettings;

export const DEFAULT_SETTINGS: StoredSettings = {
  brandPages: [],
  moderatorName: '',
  brandVoice: DEFAULT_VOICE,
  responseTargets: DEFAULT_TARGETS,
  templatesSeeded: false,
  retentionMonths: 0,
};

export async function readSetting<K extends keyof StoredSettings>(
  db: TanggapDb,
  key: K,
): Promise<StoredSettings[K]> {
  const row = await db.settings.get(key);
  return row === undefined ? DEFAULT_SETTINGS[key] : (row.value as StoredSettings[K]);
}

export async function writeSetting<K extends keyof StoredSettings>(
  db: TanggapDb,
  key: K,
  value: StoredSettings[K],
): Promise<void> {
  await db.settings.put({ key, value });
}
