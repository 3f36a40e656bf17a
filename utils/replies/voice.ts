import { z } from 'zod';

/**
 * The brand voice: what makes every reply sound like one brand (the "consistent" principle).
 * Set on the options page; every template is filled and every draft checked against it.
 */
export const HONORIFICS = ['kak', 'bapak-ibu', 'none'] as const;
export type Honorific = (typeof HONORIFICS)[number];

export const EMOJI_POLICIES = ['none', 'light', 'free'] as const;
export type EmojiPolicy = (typeof EMOJI_POLICIES)[number];

const short = z.string().trim().max(80);

export const voiceSchema = z
  .object({
    brandName: short,
    /** Indonesian address: "Kak" (the online default), "Bapak/Ibu" (formal) or none. */
    honorific: z.enum(HONORIFICS),
    /** The opening word per language, e.g. "Halo" / "Hi". */
    greeting: z.object({ id: short, en: short }).strict(),
    /** Closing mark; `{agent}` is the moderator's name, `{initials}` their initials, e.g. "^{initials}". */
    signature: short,
    channels: z
      .object({
        /** The brand writes to the person by direct message itself. */
        dm: z.boolean(),
        whatsapp: short,
        phone: short,
        email: short,
        helpLink: z.string().trim().max(300),
      })
      .strict(),
    /** Product names the brand sells: a comment naming one gets it echoed back. */
    products: z.array(z.string().trim().min(1).max(80)).max(300),
    /** Words no reply may contain (e.g. "sis", "gan", a competitor's name). */
    bannedWords: z.array(z.string().trim().min(1).max(80)).max(300),
    emoji: z.enum(EMOJI_POLICIES),
    /** Informal words (bgt, yg, gk) allowed in replies. */
    slang: z.boolean(),
    /** Longest reply per platform, in characters. */
    maxLength: z
      .object({
        facebook: z.number().int().min(40).max(8_000),
        instagram: z.number().int().min(40).max(2_200),
      })
      .strict(),
  })
  .strict();

export type BrandVoice = z.infer<typeof voiceSchema>;

/** A neutral start: the options page asks for the brand's own name, channels and signature. */
export const DEFAULT_VOICE: BrandVoice = {
  brandName: '',
  honorific: 'kak',
  greeting: { id: 'Halo', en: 'Hi' },
  signature: '^{initials}',
  channels: { dm: true, whatsapp: '', phone: '', email: '', helpLink: '' },
  products: [],
  bannedWords: ['sis', 'say', 'gan', 'bro'],
  emoji: 'light',
  slang: false,
  maxLength: { facebook: 600, instagram: 300 },
};
