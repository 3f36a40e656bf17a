import { describe, expect, test } from 'vitest';
import { extractFirstName, extractOrderCode, extractProduct } from '../../../utils/replies/extract';

describe('extractFirstName', () => {
  test.each([
    // Facebook display names
    ['Rina Wulandari', 'Rina'],
    ['RINA WULANDARI', 'Rina'],
    ['rina wulandari', 'Rina'],
    ['Rina', 'Rina'],
    ['DeAndre Jordan', 'DeAndre'],
    ['✨Rina✨ Wulan 🌸', 'Rina'],
    ['꧁༺ Rina ༻꧂', 'Rina'],
    ['𝐑𝐢𝐧𝐚 𝐖𝐮𝐥𝐚𝐧', 'Rina'],
    ['Hj. Siti Aminah', 'Siti'],
    ['Bu Rina', 'Rina'],
    ['M. Rizky Pratama', 'Rizky'],
    ['Muhammad Rizky', 'Rizky'],
    ['Muhammad', 'Muhammad'],
    ['Dwi Ayu 88', 'Dwi'],
    ['Élodie Martin', 'Élodie'],
    // Instagram handles: a name only when it clearly is one
    ['rina.wulan_', 'Rina'],
    ['budi_santoso99', 'Budi'],
    ['rinawulan', ''],
    ['rina_', ''],
    ['budi123', ''],
    ['foodie', ''],
    ['beauty.store_id', ''],
    ['the_real_budi', ''],
    ['xx.yy', ''],
    // Not people
    ['Toko Berkah Jaya', ''],
    ['Official Store', ''],
    ['Mama Gibran', ''],
    ['🔥🔥🔥', ''],
    ['ʀɪɴᴀ', ''],
    ['', ''],
  ])('%j → %j', (author, name) => {
    expect(extractFirstName(author)).toBe(name);
  });
});

describe('extractProduct', () => {
  const products = [
    'Kopi Susu Gula Aren',
    'Kopi Susu',
    'Sambal Bawang',
    'Glow Serum',
    'Cokelat Hazelnut',
    'Keripik Pedas',
  ];
  test.each([
    ['kopi susu gula aren nya enak bgt', 'Kopi Susu Gula Aren'],
    ['KOPI SUSU ready?', 'Kopi Susu'],
    ['kopiii susuuu enakkk', 'Kopi Susu'],
    ['sambel bawang kemarin kepedesan', 'Sambal Bawang'],
    ['glowserum aku kok bikin kering ya', 'Glow Serum'],
    ['coklat hazelnut ready kak?', 'Cokelat Hazelnut'],
    ['kripik pedas ada yg level 5?', 'Keripik Pedas'],
    ['My Glow-Serum arrived broken', 'Glow Serum'],
    // Not the product
    ['sambil nunggu bawang goreng', ''],
    ['kopi hitam ada?', ''],
    ['serum yang lain lebih bagus', ''],
    ['', ''],
  ])('%j → %j', (text, product) => {
    expect(extractProduct(text, products)).toBe(product);
  });

  test('no products configured', () => {
    expect(extractProduct('kopi susu', [])).toBe('');
  });
});

describe('extractOrderCode', () => {
  test.each([
    ['min pesanan #INV123456 belum sampai', 'INV123456'],
    ['pesanan 240611ABC blm nyampe', '240611ABC'],
    ['order 12345678 where is it?', '12345678'],
    ['my order number is 98765432, still waiting', '98765432'],
    ['no. pesanan: INV/20240611/MPL/1234567 gimana?', 'INV/20240611/MPL/1234567'],
    ['nomor pesanan saya 240611ABC ya', '240611ABC'],
    ['order #55512345 arrived broken', '55512345'],
    ['pesanan-240611XYZ kok lama', '240611XYZ'],
    ['(240611ABCDEF12) belum dikirim', '240611ABCDEF12'],
    ['invoice inv-99887766.', 'inv-99887766'],
    // Not order codes
    ['pesanan saya belum sampai', ''],
    ['order 2 pcs ya kak', ''],
    ['pesanan 081234567890 hubungi aku', ''],
    ['order tgl 12/06/2024', ''],
    ['#promo2024 mantap', ''],
    ['#ootd keren', ''],
    ['investment12345', ''],
    ['', ''],
  ])('%j → %j', (text, code) => {
    expect(extractOrderCode(text)).toBe(code);
  });
});

// Catastrophic backtracking would hang here past the test timeout; speed itself is the bench's job.
test('long and hostile inputs finish and find nothing that is not there', () => {
  const inputs = [
    'a'.repeat(200_000),
    'pesanan '.repeat(30_000),
    'kopi '.repeat(40_000),
    `${'rina.'.repeat(40_000)}!`,
    'INV/'.repeat(50_000),
  ];
  for (const text of inputs) {
    expect(extractFirstName(text).length).toBeLessThan(40);
    expect(extractProduct(text, ['Kopi Susu', 'Glow Serum'])).toBe('');
    expect(extractOrderCode(text)).toBe('');
  }
});
