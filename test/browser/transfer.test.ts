import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_URLS } from '../../demo/site/index';
import { waitForStatus } from '../../scripts/rig/status';
import type { CommentRecord, ReplyRecord } from '../../utils/db/records';
import { DEFAULT_VOICE } from '../../utils/replies/voice';
import { askBackground } from './page-helpers';
import { chooseBrandPages, extensionPage, startRig, type Rig } from './rig';

const dir = mkdtempSync(join(tmpdir(), 'tanggap-transfer-'));
let rig: Rig | null = null;

beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
  rmSync(dir, { recursive: true, force: true });
});

type Dump = Record<string, unknown[]>;

/** Every store of the extension's database, read straight from IndexedDB in its service worker. */
async function dumpDb(r: Rig): Promise<Dump> {
  const all = await r.browser.worker.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('tanggap');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (out[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  // The moderator's name and brand pages belong to one browser, and are not exported.
  all.settings = all.settings!.filter(
    (s) => !['moderatorName', 'brandPages'].includes((s as { key: string }).key),
  );
  return all;
}

async function openData(r: Rig): Promise<Page> {
  const popup = await r.browser.context.newPage();
  await popup.goto(extensionPage(r, 'popup'));
  await popup.getByRole('tab', { name: 'Data' }).click();
  return popup;
}

describe('export from one browser, import into a fresh one', () => {
  test('the history, templates and voice arrive exactly as they were', async () => {
    const source = rig!;
    await chooseBrandPages(source);
    await askBackground(source, 'setModeratorName', { name: 'Ayu Bestari' });
    await askBackground(source, 'setBrandVoice', {
      ...DEFAULT_VOICE,
      brandName: 'Kopi Rindang',
      products: ['Kopi Susu', 'Oat Latte'],
    });
    await askBackground(source, 'setResponseTargets', { complaintMinutes: 30, otherMinutes: 180 });

    // Comments stored and tagged by the content script on the demo page.
    const page = await source.browser.context.newPage();
    await page.goto(DEMO_URLS.facebook);
    const status = await waitForStatus(page);
    await expect
      .poll(
        async () => (await askBackground<CommentRecord[]>(source, 'recentComments', { limit: 200 })).length,
        {
          timeout: 20_000,
        },
      )
      .toBeGreaterThanOrEqual(status.comments);
    await page.close();
    const [comment] = await askBackground<CommentRecord[]>(source, 'recentComments', { limit: 1 });
    const reply = await askBackground<ReplyRecord>(source, 'logReply', {
      commentId: comment!.id,
      templateId: null,
      text: 'Halo Kak, terima kasih sudah mampir! ^AB',
      checkScore: 0.88,
    });

    const popup = await openData(source);
    const downloading = popup.waitForEvent('download');
    await popup.getByTestId('export').getByRole('button', { name: 'Export' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^tanggap-\d{4}-\d\d-\d\d\.json$/);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const before = await dumpDb(source);
    expect(before.comments!.length).toBeGreaterThanOrEqual(status.comments);
    for (const store of ['annotations', 'annotationHistory', 'templates'])
      expect(before[store]!.length).toBeGreaterThan(0);
    expect(before.settings).toContainEqual({
      key: 'brandVoice',
      value: expect.objectContaining({ brandName: 'Kopi Rindang' }),
    });
    expect(before.replies).toEqual([expect.objectContaining({ id: reply.id, text: reply.text })]);
    await source.close();
    rig = null;

    // A colleague's browser: a new profile, nothing stored.
    const target = (rig = await startRig());
    const data = await openData(target);
    const form = data.getByTestId('import');
    await form.getByLabel('File to import').setInputFiles(file);
    await form.getByRole('button', { name: 'Import', exact: true }).click();
    const result = form.getByTestId('import-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.locator('[data-part="comments"] td').first().textContent()).toBe(
      String(before.comments!.length),
    );
    expect(await dumpDb(target)).toEqual(before);
  });
});

/** A brand's long history: `n` comments on one post, each tagged. */
function bigExport(n: number): string {
  const at = Date.UTC(2025, 0, 1);
  const comments = Array.from({ length: n }, (_, i) => ({
    id: `facebook:${10_000_000 + i}`,
    pageId: 'facebook:kopirindang',
    postId: 'facebook:111',
    platform: 'facebook',
    parentId: null,
    depth: 0,
    authorName: `Pelanggan ${i}`,
    authorUrl: `https://www.facebook.com/profile.php?id=${i}`,
    text: `Kopi susunya enak, tapi antre lama banget di outlet ke-${i % 40} 😅`,
    createdAt: at + i,
    permalink: `https://www.facebook.com/kopirindang/posts/111?comment_id=${10_000_000 + i}`,
    reactions: i % 7,
    byPage: false,
    provisional: false,
    firstSeenAt: at + i,
    lastSeenAt: at + i,
    answeredAt: null,
  }));
  const auto = {
    stage: 'curation',
    stageConfidence: 0.7,
    sentiment: 'negative',
    sentimentScore: -0.4,
    intents: ['complaint'],
    language: 'id',
    cues: { stage: [], sentiment: ['antre lama'] },
  };
  const annotations = comments.map((c) => ({
    commentId: c.id,
    pageId: c.pageId,
    auto,
    manual: {},
    stage: 'curation',
    sentiment: 'negative',
    intents: ['complaint'],
    source: 'auto',
    at,
  }));
  const parts = { comments, annotations };
  return JSON.stringify({ format: 'tanggap', version: 1, exportedAt: new Date(at).toISOString(), parts });
}

// Big enough to travel in several pieces; how fast a 100,000-comment file goes is a benchmark's question.
test('a file of 20,000 comments is imported whole, in pieces', async () => {
  await rig?.close();
  const r = (rig = await startRig());
  const file = join(dir, 'tanggap-big.json');
  writeFileSync(file, bigExport(20_000));
  const data = await openData(r);
  const form = data.getByTestId('import');
  await form.getByLabel('File to import').setInputFiles(file);
  await form.getByRole('button', { name: 'Import', exact: true }).click();
  await form.getByTestId('import-result').waitFor({ timeout: 120_000 });
  expect(await form.locator('[data-part="comments"] td').first().textContent()).toBe('20000');
  expect(await askBackground<{ comments: number }>(r, 'getStats', {})).toMatchObject({ comments: 20_000 });
}, 180_000);
