import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/analysis/index';
import type { Stage } from '../../../utils/analysis/labels';

// Our own example comments for each engagement stage, in both languages.
describe('engagement stage', () => {
  test.each([
    ['consumption', '🔥🔥🔥'],
    ['consumption', 'nyimak'],
    ['consumption', 'ready stok ukuran 40 kak?'],
    ['consumption', 'how much?'],
    ['consumption', 'noted min'],
    ['curation', '@dewi_ayu liat nih yg kita omongin kemarin'],
    ['curation', 'rasanya enak, tapi porsinya kecil banget'],
    ['curation', 'shipping is so slow, still waiting after two weeks'],
    ['curation', 'mending yang varian original, lebih gurih'],
    ['creation', 'Guys ada yang pernah pakai ini buat kulit sensitif? share dong pengalamannya'],
    ['creation', 'tips dari aku: simpan di kulkas biar awet seminggu'],
    [
      'creation',
      'I have been using this blender for three months now. I make smoothies every morning, it crushes ice easily and my kids love the frozen fruit bowls I make with it. The lid is a bit hard to clean though.',
    ],
    ['creation', 'Promo pulsa murah, order lewat WA 081298765432 ya'],
    ['collaboration', 'saran min, bikin ukuran travel size dong'],
    ['collaboration', 'ikut min! jawabannya Bandung #KuisRamadan'],
    ['collaboration', '@rudi_h coba reset aplikasinya kak, aku kemarin gitu langsung bisa login'],
    ['collaboration', 'You should add more vegan options to the menu'],
    ['collaboration', 'Kak, kami dari komunitas UMKM mau ngajak kolab bikin bazar bareng'],
  ] as const)('%s: %s', (stage: Stage, text) => {
    expect(analyze(text).stage.label).toBe(stage);
  });

  test('confidence stays within 0..1 and cues explain the stage', () => {
    for (const text of ['🔥', 'saran min, bikin ukuran travel size dong', '@budi nih', '']) {
      const { confidence, cues } = analyze(text).stage;
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
      expect(Array.isArray(cues)).toBe(true);
    }
    expect(analyze('saran min, bikin ukuran travel size dong').stage.cues.length).toBeGreaterThan(0);
  });

  test('a name the page marks as a mention counts as tagging a friend', () => {
    expect(analyze('Rina Sari ini nih yang kamu cari').stage.label).toBe('consumption');
    expect(analyze('Rina Sari ini nih yang kamu cari', { mentions: ['Rina Sari'] }).stage.label).toBe(
      'curation',
    );
  });

  test('a reply flagged by the page counts as answering another customer', () => {
    const text = 'coba hapus cache aplikasinya dulu, terus login ulang. aku tadi gitu berhasil';
    expect(analyze(text, { isReply: true }).stage.label).toBe('collaboration');
  });
});
