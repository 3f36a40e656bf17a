import { describe, expect, test } from 'vitest';
import {
  channelPhrase,
  fillTemplate,
  hasUnfilled,
  initials,
  signatureText,
  unknownPlaceholders,
} from '../../../utils/replies/fill';
import type { FillInput } from '../../../utils/replies/fill';
import type { ReplySubject } from '../../../utils/replies/types';
import { DEFAULT_VOICE } from '../../../utils/replies/voice';
import type { BrandVoice } from '../../../utils/replies/voice';

const subject = (over: Partial<ReplySubject> = {}): ReplySubject => ({
  text: 'paket kopi susu pesanan #INV123456 belum sampai min',
  authorName: 'Rina Wulandari',
  platform: 'facebook',
  language: 'id',
  stage: 'curation',
  sentiment: 'negative',
  intents: ['complaint'],
  createdAt: null,
  mentions: 0,
  ...over,
});

const voice = (over: Partial<BrandVoice> = {}): BrandVoice => ({
  ...DEFAULT_VOICE,
  brandName: 'Kopi Nusantara',
  products: ['Kopi Susu', 'Gula Aren'],
  signature: '^{initials}',
  ...over,
});

const fill = (text: string, over: Partial<FillInput> = {}) =>
  fillTemplate({ text, lang: 'id', subject: subject(), voice: voice(), agent: 'Ayu Bestari', ...over });

describe('fillTemplate: values', () => {
  test.each([
    ['{greeting} {honorific} {name?}, {signature}', 'Halo Kak Rina, ^AB'],
    ['Soal {product} pesanan {order}', 'Soal Kopi Susu pesanan INV123456'],
    ['Tim {brand} lewat {channel}. -{agent}', 'Tim Kopi Nusantara lewat DM. -Ayu Bestari'],
  ])('%j → %j', (text, out) => {
    expect(fill(text)).toEqual({ text: out, missing: [] });
  });
});

describe('fillTemplate: optional placeholders drop cleanly', () => {
  const anonymous = { subject: subject({ authorName: 'foodie', text: 'paket belum sampai' }) };
  test.each([
    ['Halo {honorific} {name?}, terima kasih.', 'Halo Kak, terima kasih.'],
    ['Halo {honorific} {name?}!', 'Halo Kak!'],
    ['Terima kasih, {name?}!', 'Terima kasih!'],
    ['Terima kasih {name?} .', 'Terima kasih.'],
    ['Status pesanan {order?} kami cek.', 'Status pesanan kami cek.'],
    ['Produk {product?} kami', 'Produk kami'],
    ['Pesanan ({order?}) kami cek', 'Pesanan kami cek'],
    ['{name?}, terima kasih', 'terima kasih'],
    ['{name?} terima kasih', 'terima kasih'],
    ['Baris satu {order?}\nbaris dua', 'Baris satu\nbaris dua'],
  ])('%j → %j', (text, out) => {
    expect(fill(text, anonymous)).toEqual({ text: out, missing: [] });
  });
});

describe('fillTemplate: required placeholders', () => {
  test('a required value that is unknown stays and is reported, in order, once', () => {
    const r = fill('Halo Kak {name}, soal {order} dan {name} lewat {channel}.', {
      subject: subject({ authorName: 'shopaholic88', text: 'belum sampai' }),
      voice: voice({ channels: { ...DEFAULT_VOICE.channels, dm: false } }),
    });
    expect(r.missing).toEqual(['name', 'order', 'channel']);
    expect(r.text).toBe('Halo Kak {name}, soal {order} dan {name} lewat {channel}.');
    expect(hasUnfilled(r.text)).toBe(true);
  });

  test('values the user typed fill missing ones, and win over found ones', () => {
    const r = fill('Halo Kak {name}, {order} {product}', {
      subject: subject({ authorName: 'shopaholic88' }),
      given: { name: ' Budi ', order: '{X1}', product: 'Gula Aren' },
    });
    expect(r).toEqual({ text: 'Halo Kak Budi, X1 Gula Aren', missing: [] });
    expect(hasUnfilled(r.text)).toBe(false);
  });

  test('brand and greeting left empty in the voice are asked for', () => {
    const r = fill('{greeting} {honorific}, salam dari {brand}.', {
      voice: voice({ brandName: '', greeting: { id: '', en: 'Hi' } }),
    });
    expect(r.missing).toEqual(['greeting', 'brand']);
  });

  test('a signature naming the agent needs one; a typed agent completes it', () => {
    expect(fill('Terima kasih. {signature}', { agent: '' }).missing).toEqual(['signature']);
    expect(fill('Terima kasih. {signature}', { agent: '', given: { agent: 'Dewi Lestari' } }).text).toBe(
      'Terima kasih. ^DL',
    );
  });

  test('no signature configured: dropped, not asked for', () => {
    expect(fill('Terima kasih. {signature}', { voice: voice({ signature: '' }), agent: '' })).toEqual({
      text: 'Terima kasih.',
      missing: [],
    });
  });

  test('unknown placeholders are left alone and block insertion', () => {
    const r = fill('Halo {nama}, {name}');
    expect(r).toEqual({ text: 'Halo {nama}, Rina', missing: [] });
    expect(hasUnfilled(r.text)).toBe(true);
  });
});

describe('fillTemplate: honorific families', () => {
  test.each([
    ['kak', 'id', 'Halo Kak Rina, terima kasih ya, Kak.'],
    ['bapak-ibu', 'id', 'Halo Bapak/Ibu Rina, terima kasih ya, Bapak/Ibu.'],
    ['none', 'id', 'Halo Rina, terima kasih ya.'],
    ['kak', 'en', 'Hi Rina, terima kasih ya.'],
    ['bapak-ibu', 'en', 'Hi Rina, terima kasih ya.'],
  ] as const)('%s in %s', (honorific, lang, out) => {
    const r = fill('{greeting} {honorific} {name?}, terima kasih ya, {honorific}.', {
      lang,
      voice: voice({ honorific }),
    });
    expect(r).toEqual({ text: out, missing: [] });
  });
});

describe('channelPhrase', () => {
  const none = { dm: false, whatsapp: '', phone: '', email: '', helpLink: '' };
  test.each([
    [{ ...none, dm: true, whatsapp: '0812' }, 'id', 'DM'],
    [{ ...none, dm: true }, 'en', 'DM'],
    [{ ...none, whatsapp: '0812-3456-7890', email: 'a@b.id' }, 'id', 'WhatsApp 0812-3456-7890'],
    [{ ...none, phone: '021-500600', email: 'a@b.id' }, 'id', 'telepon 021-500600'],
    [{ ...none, phone: '021-500600' }, 'en', 'phone 021-500600'],
    [{ ...none, email: 'help@kopi.id', helpLink: 'https://kopi.id/help' }, 'en', 'email help@kopi.id'],
    [{ ...none, helpLink: 'https://kopi.id/help' }, 'id', 'halaman bantuan https://kopi.id/help'],
    [{ ...none, helpLink: 'https://kopi.id/help' }, 'en', 'our help page https://kopi.id/help'],
    [none, 'id', ''],
  ] as const)('%j in %s → %j', (channels, lang, out) => {
    expect(channelPhrase(voice({ channels }), lang)).toBe(out);
  });
});

describe('signature and initials', () => {
  test.each([
    ['Ayu Bestari', 'AB'],
    ['ayu', 'A'],
    ['Siti Nur Aisyah Putri', 'SNA'],
    ['  ', ''],
  ])('initials(%j) → %j', (name, out) => {
    expect(initials(name)).toBe(out);
  });

  test.each([
    ['^{initials}', 'Ayu Bestari', '^AB'],
    ['-{agent}, Tim Kopi', 'Ayu', '-Ayu, Tim Kopi'],
    ['Salam, Tim Kopi', '', 'Salam, Tim Kopi'],
    ['', 'Ayu', ''],
    ['^{initials}', '', null],
    ['-{nama}', 'Ayu', null],
  ])('%j for %j → %j', (signature, agent, out) => {
    expect(signatureText(signature, agent)).toBe(out);
  });
});

describe('placeholder checks', () => {
  test.each([
    ['Halo {greeting} {name?} {signature}', []],
    ['Halo {nama}, {Name} {nama} { name } {name??}', ['nama', 'Name', ' name ', 'name??']],
    ['pakai {} atau { saja', []],
  ])('unknownPlaceholders(%j) → %j', (text, unknown) => {
    expect(unknownPlaceholders(text)).toEqual(unknown);
  });

  test.each([
    ['Halo Kak Rina, ^AB', false],
    ['Halo Kak {name}', true],
    ['Halo Kak {nama}', true],
    ['Halo Kak {name?}', true],
    ['kurung {} kosong dan { terbuka', false],
  ])('hasUnfilled(%j) → %s', (text, out) => {
    expect(hasUnfilled(text)).toBe(out);
  });

  test('braces without an end are read in linear time', () => {
    const text = '{'.repeat(200_000);
    const t = performance.now();
    expect(hasUnfilled(text)).toBe(false);
    expect(unknownPlaceholders(text)).toEqual([]);
    expect(performance.now() - t).toBeLessThan(1_000);
  });
});
