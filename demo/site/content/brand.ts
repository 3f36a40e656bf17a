/** The invented demo brand. Not a real business; checked against the shared data sets. */
export const BRAND = {
  name: 'Kopi Rindang',
  /** Facebook page slug: https://www.facebook.com/kopirindang */
  slug: 'kopirindang',
  /** Instagram handle. */
  handle: 'kopirindang',
  igName: 'Kopi Rindang ☕',
  category: 'Coffee shop · Jakarta',
  followers: '48K',
} as const;

/** The demo brand's voice for the reply assistant, as its team would set it in the settings. */
export const BRAND_VOICE = {
  brandName: BRAND.name,
  honorific: 'kak',
  greeting: { id: 'Halo', en: 'Hi' },
  signature: '-{agent}',
  channels: {
    dm: true,
    whatsapp: '0812-8000-2323',
    phone: '',
    email: 'halo@kopirindang.example',
    helpLink: '',
  },
  products: ['Kopi Susu', 'Es Kopi Gula Aren Pandan', 'Oat Latte', 'Americano', 'Cold Brew'],
  bannedWords: ['sis', 'say', 'gan', 'bro'],
  emoji: 'light',
  slang: false,
  maxLength: { facebook: 600, instagram: 300 },
} as const;
