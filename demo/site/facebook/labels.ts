import type { FacebookLocale } from '../time';

/** Facebook interface strings per interface language (English, and Indonesian as of 2026). */
export interface FacebookLabels {
  htmlLang: string;
  comment(name: string, ago: string): string;
  reply(name: string, other: string, ago: string): string;
  like: string;
  reply_: string;
  commentAs(page: string): string;
  replyTo(name: string): string;
  moreComments: string;
  mostRelevant: string;
  commentAction: string;
  share: string;
  comments(n: string): string;
  shares(n: string): string;
  reactions(n: string): string;
  author: string;
  followers(n: string): string;
  tabs: readonly string[];
  search: string;
  isPublic: string;
  postActions: string;
  follow: string;
  message: string;
  intro: string;
  number(n: number): string;
}

export const facebookLabels: Record<FacebookLocale, FacebookLabels> = {
  en: {
    htmlLang: 'en',
    comment: (name, ago) => `Comment by ${name} ${ago}`,
    reply: (name, other, ago) => `Reply by ${name} to ${other}'s comment ${ago}`,
    like: 'Like',
    reply_: 'Reply',
    commentAs: (page) => `Comment as ${page}`,
    replyTo: (name) => `Reply to ${name}`,
    moreComments: 'View more comments',
    mostRelevant: 'Most relevant',
    commentAction: 'Comment',
    share: 'Share',
    comments: (n) => `${n} comments`,
    shares: (n) => `${n} shares`,
    reactions: (n) => `${n} reactions; see who reacted to this`,
    author: 'Author',
    followers: (n) => `${n} followers`,
    tabs: ['Posts', 'About', 'Mentions', 'Reviews', 'Photos'],
    search: 'Search Facebook',
    isPublic: 'Shared with Public',
    postActions: 'Actions for this post',
    follow: 'Follow',
    message: 'Message',
    intro: 'Intro',
    number: (n) => n.toLocaleString('en-US'),
  },
  id: {
    htmlLang: 'id',
    comment: (name, ago) => `Komentar oleh ${name} ${ago}`,
    reply: (name, other, ago) => `Balasan dari ${name} untuk komentar ${other} ${ago}`,
    like: 'Suka',
    reply_: 'Balas',
    commentAs: (page) => `Komentari sebagai ${page}`,
    replyTo: (name) => `Balas ${name}`,
    moreComments: 'Lihat komentar lainnya',
    mostRelevant: 'Paling relevan',
    commentAction: 'Komentari',
    share: 'Bagikan',
    comments: (n) => `${n} komentar`,
    shares: (n) => `${n} kali dibagikan`,
    reactions: (n) => `${n} reaksi; lihat siapa yang bereaksi terhadap ini`,
    author: 'Penulis',
    followers: (n) => `${n} pengikut`,
    tabs: ['Postingan', 'Tentang', 'Sebutan', 'Ulasan', 'Foto'],
    search: 'Cari di Facebook',
    isPublic: 'Dibagikan ke Publik',
    postActions: 'Tindakan untuk postingan ini',
    follow: 'Ikuti',
    message: 'Kirim pesan',
    intro: 'Perkenalan',
    number: (n) => n.toLocaleString('id-ID'),
  },
};
