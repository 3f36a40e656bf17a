import type { Person } from './types';

/**
 * Invented commenters. Names are common Indonesian given names combined freely; none is meant
 * to be a real person, and none comes from the shared data sets.
 */
export const people: Readonly<Record<string, Person>> = {
  ayu: { name: 'Ayu Pramesthi', username: 'ayupramesthi_', fbId: '100064218830417' },
  bayu: { name: 'Bayu Adinegoro', username: 'bayu.adng', fbId: '100071930266128' },
  citra: { name: 'Citra Wulansari', username: 'citrawlnsr', fbId: '100058412907733' },
  dimas: { name: 'Dimas Arkananta', username: 'dimasarkan' },
  eka: { name: 'Eka Mahardhika', username: 'eka.mhrdk', fbId: '100083355190274' },
  fajar: { name: 'Fajar Nugrahadi', username: 'fajarngrhd', fbId: '100049877216051' },
  gita: { name: 'Gita Kirana Lestiani', username: 'gitakiranaa', fbId: '100090163348802' },
  hana: { name: 'Hana Ratnaningsih', username: 'hanaratna.id' },
  indra: { name: 'Indra Saputro Wibisono', username: 'indrasw_', fbId: '100077702941365' },
  joko: { name: 'Joko Tirtasena', username: 'jokotirta', fbId: '100052036618490' },
  kirana: { name: 'Kirana Puspitaloka', username: 'kiranapuspita', fbId: '100088841620397' },
  laras: { name: 'Laras Anggraeni Putri', username: 'larasanggrn' },
  made: { name: 'Made Wiradarma', username: 'madewiradarma', fbId: '100069014472853' },
  nadia: { name: 'Nadia Kusumawardani', username: 'nadiakusuma.w', fbId: '100093327750146' },
  oscar: { name: 'Oscar Hutapea Simanjorang', username: 'oscar.hsj', fbId: '100061590833229' },
  putu: { name: 'Putu Ayu Sekarini', username: 'putusekarini' },
  rizky: { name: 'Rizky Ardiansyah Permana', username: 'rizkyardp', fbId: '100080426617918' },
  sekar: { name: 'Sekar Arumdalu', username: 'sekararumdalu', fbId: '100057739018642' },
  teguh: { name: 'Teguh Prasetyanto', username: 'teguhprsty', fbId: '100095510264871' },
  umi: { name: 'Umi Khalwatunnisa', username: 'umikhalwa', fbId: '100046628305519' },
  vina: { name: 'Vina Larasati Handoko', username: 'vinalarasatih' },
  wulan: { name: 'Wulan Candrakirana', username: 'wulancandra_', fbId: '100074481950362' },
  yoga: { name: 'Yoga Pamungkas Adji', username: 'yogapadji', fbId: '100086602117743' },
  zahra: { name: 'Zahra Melati Harsono', username: 'zahramelati.h', fbId: '100091148830926' },
  kevin: { name: 'Kevin Hartanto Liem', username: 'kevinhliem', fbId: '100067735591208' },
  maria: { name: 'Maria Goretti Sinaga', username: 'mariagsinaga', fbId: '100055824403769' },
  andre: { name: 'Andre Wicaksono', username: 'andrewcksn' },
  tasya: { name: 'Tasya Nurhaliza Aprilia', username: 'tasyanurhal', fbId: '100097013566821' },
  promo: { name: 'Promo Diskon Hari Ini', username: 'promo.diskon.hariini', fbId: '100099990011122' },
};

export function personOf(key: string): Person {
  const person = people[key];
  if (!person) throw new Error(`demo content names an unknown person: ${key}`);
  return person;
}

/** Two letters for the CSS avatar. */
export function initialsOf(name: string): string {
  const words = name
    .replace(/[^\p{L}\s]/gu, '')
    .split(/\s+/)
    .filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words[1]?.[0] ?? '')).toUpperCase() || '?';
}

/** Stable colour index for the avatar circle. */
export function colourOf(name: string): number {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) % 9973;
  return hash % 8;
}
