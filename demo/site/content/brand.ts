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
