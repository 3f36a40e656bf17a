import { PAGE, type DemoComment } from './types';

/** The Instagram post's shortcode: https://www.instagram.com/p/<code>/ */
export const INSTAGRAM_CODE = 'DRk7pAnDaNq';

export const instagramPost = {
  code: INSTAGRAM_CODE,
  minutesAgo: 300,
  likes: 3482,
  caption:
    'Es Kopi Aren Pandan is here 🌿☕ Manis gula aren, wangi pandan, robusta Temanggung. Tag teman yang wajib kamu traktir! #KopiRindang #KopiAren #MenuBaru',
  picture: 'Es kopi susu pandan di gelas tinggi dengan latar daun hijau',
};

/**
 * Comments on the post, oldest first (Instagram's order). Replies marked `late` sit behind a
 * "View replies (n)" button, as on the real site; the rest are in the first paint.
 */
export const instagramComments: readonly DemoComment[] = [
  { author: 'ayu', text: 'Finallyyy 😍😍', minutesAgo: 296, likes: 12 },
  {
    author: 'bayu',
    text: 'Berapa kak harganya?',
    minutesAgo: 292,
    likes: 3,
    replies: [
      {
        author: PAGE,
        text: '{@bayu} Halo Kak Bayu! Rp28.000 regular, Rp34.000 large ya 😊 -Rara',
        minutesAgo: 280,
        likes: 5,
      },
    ],
  },
  {
    author: 'citra',
    text: '{@dimas} {@laras} sabtu ke sini yuk',
    minutesAgo: 290,
    likes: 2,
    replies: [
      { author: 'dimas', text: '{@citra} gas 🔥', minutesAgo: 270, likes: 1 },
      { author: 'laras', text: '{@citra} ikut dong wkwk', minutesAgo: 260 },
    ],
  },
  { author: 'eka', text: 'Ready stok di outlet Bintaro gak min?', minutesAgo: 285, likes: 1 },
  { author: 'fajar', text: '🔥🔥🔥', minutesAgo: 281 },
  {
    author: 'gita',
    text: 'Tried it this morning, the pandan is subtle and not too sweet. 9/10 would recommend',
    minutesAgo: 277,
    likes: 41,
    replies: [
      {
        author: PAGE,
        text: "{@gita} thank you Kak Gita! 9/10 noted, we'll chase that last point 😄 -Rara",
        minutesAgo: 250,
        likes: 8,
      },
      { author: 'hana', text: '{@gita} agree, the sweetness is just right', minutesAgo: 240, likes: 2 },
    ],
  },
  {
    author: 'hana',
    text: 'Review jujur: udh minum 4x minggu ini 🙈 pandannya wangi bgt, tapi es batunya kebanyakan',
    minutesAgo: 271,
    likes: 17,
  },
  { author: 'indra', text: 'Min request varian pedas dong, kopi jahe merah gitu', minutesAgo: 266, likes: 9 },
  { author: 'joko', text: 'mantul', minutesAgo: 262 },
  {
    author: 'kirana',
    text: 'Bisa less sugar gak kak?',
    minutesAgo: 258,
    likes: 2,
    replies: [
      {
        author: 'nadia',
        text: '{@kirana} bisa kak, minta gula arennya setengah aja',
        minutesAgo: 245,
        likes: 4,
      },
      { author: 'kirana', text: '{@nadia} oke makasih kak!', minutesAgo: 230, late: true },
      {
        author: PAGE,
        text: '{@kirana} bisa banget Kak, sampaikan ke barista ya 😊 -Rara',
        minutesAgo: 220,
        likes: 1,
        late: true,
      },
    ],
  },
  { author: 'made', text: 'Is this available in Bali outlets too?', minutesAgo: 255, likes: 6 },
  {
    author: 'nadia',
    text: 'Aku bikin versi rumahan: 2 shot espresso, 30 ml sirup aren, 100 ml susu, 1 sdm santan, daun pandan diremas. Mirip bgt!! 🥹',
    minutesAgo: 251,
    likes: 58,
    replies: [
      { author: 'oscar', text: '{@nadia} save dulu resepnya 🙏', minutesAgo: 240, likes: 3 },
      {
        author: 'putu',
        text: '{@nadia} santannya pakai yg kemasan atau bikin sendiri kak?',
        minutesAgo: 235,
        likes: 1,
      },
      { author: 'nadia', text: '{@putu} kemasan aja kak, yg kecil 65 ml', minutesAgo: 228, likes: 2 },
    ],
  },
  { author: 'oscar', text: 'Nyimak', minutesAgo: 248 },
  {
    author: 'rizky',
    text: 'Udh 2 minggu pesen lewat app blm nyampe juga. Tolong dicek min',
    minutesAgo: 244,
    likes: 14,
  },
  {
    author: 'sekar',
    text: 'Tolong segera min!! Anak saya alergi susu sapi, pesan pakai oat tapi yg datang susu sapi, sekarang bibirnya bengkak 😭',
    minutesAgo: 239,
    likes: 72,
    replies: [
      {
        author: PAGE,
        text: '{@sekar} Kak Sekar, kami sangat menyesal. Tim kami sudah menghubungi Kakak lewat DM sekarang untuk bantuan dan penggantian biaya berobat. Semoga adik lekas pulih 🙏 -Rara',
        minutesAgo: 233,
        likes: 11,
      },
    ],
  },
  { author: 'kevin', text: 'Mantap, 3 minggu gak nyampe 👏', minutesAgo: 236, likes: 33 },
  {
    author: 'teguh',
    text: 'Pesan pandan yg dateng americano 🙃 salah order lagi',
    minutesAgo: 231,
    likes: 8,
  },
  {
    author: 'umi',
    text: 'Baristanya di Kemang kurang ramah ya, ditanya malah jutek',
    minutesAgo: 227,
    likes: 19,
  },
  { author: 'vina', text: 'obsessed 💚💚', minutesAgo: 222, likes: 1 },
  {
    author: 'wulan',
    text: '{@yoga} {@zahra} traktir aku ini ya kalian kalah taruhan kemarin 😂',
    minutesAgo: 219,
    likes: 4,
    replies: [{ author: 'yoga', text: '{@wulan} iya iya besok 😭', minutesAgo: 200, likes: 3 }],
  },
  {
    author: 'yoga',
    text: 'Saran min: kasih pilihan gelas tumbler biar ga nyampah plastik',
    minutesAgo: 214,
    likes: 27,
  },
  { author: 'zahra', text: 'Cakep bgt fotonya 📸', minutesAgo: 209 },
  {
    author: 'kevin',
    text: 'Better than the one at the place across the street tbh',
    minutesAgo: 204,
    likes: 5,
  },
  {
    author: 'maria',
    text: 'Ikutan giveaway yg kemarin ya min, entry aku: cold brew + air kelapa + jeruk nipis #RindangBerbagiResep',
    minutesAgo: 199,
    likes: 10,
  },
  {
    author: 'andre',
    text: 'Kolab sama brand roti lokal dong min, pasti cocok sama kue pandan',
    minutesAgo: 193,
    likes: 21,
  },
  {
    author: 'tasya',
    text: 'Gk sabar pengen nyobain, di Surabaya kapan ada? 🥺',
    minutesAgo: 188,
    likes: 7,
    replies: [
      {
        author: 'andre',
        text: '{@tasya} kemarin outlet Surabaya udh ada kok kak, yg di Darmo',
        minutesAgo: 170,
        likes: 2,
      },
    ],
  },
  { author: 'ayu', text: 'Coba tulis <b>html</b> & "quotes" di sini 😅', minutesAgo: 183 },
  {
    author: 'promo',
    text: 'Penghasilan 5jt/hari cuma modal HP 💸 cek bio kami, link di bit.ly/cuan-kilat-2026',
    minutesAgo: 178,
  },
  { author: 'bayu', text: 'pandan + aren = perfect combo 🤌', minutesAgo: 171, likes: 3 },
  { author: 'dimas', text: 'Sizenya ada yg 1 liter gak min buat kantor?', minutesAgo: 160, likes: 2 },
  {
    author: 'eka',
    text: 'Wangi bgt pas dibuka tutupnya, langsung semerbak pandan',
    minutesAgo: 148,
    likes: 6,
  },
  { author: 'laras', text: 'This is my third one today, send help ☕☕☕', minutesAgo: 133, likes: 15 },
  { author: 'putu', text: 'Bagusss', minutesAgo: 120 },
  { author: 'made', text: '{@oscar} ini yg kamu cari kemarin', minutesAgo: 104, likes: 1 },
  {
    author: 'gita',
    text: 'Ada yg udah nyoba pakai oat milk? Enak gak?',
    minutesAgo: 92,
    likes: 4,
    replies: [
      { author: 'zahra', text: '{@gita} enak kak, malah lebih creamy', minutesAgo: 80, likes: 2, late: true },
      { author: 'kevin', text: '{@gita} agree, oat paling cocok', minutesAgo: 70, late: true },
    ],
  },
  { author: 'indra', text: 'Harga naik lagi ya? Kemarin masih 25rb', minutesAgo: 75, likes: 9 },
  { author: 'joko', text: '😍', minutesAgo: 58 },
  {
    author: 'hana',
    text: 'Min kapan ada ukuran botol 1 liter lagi? Yg kemarin cepet bgt habisnya',
    minutesAgo: 54,
    likes: 3,
  },
  {
    author: 'oscar',
    text: 'Tried it with an extra shot, perfect for my 3pm slump 💪',
    minutesAgo: 50,
    likes: 6,
  },
  {
    author: 'putu',
    text: '{@made} kamu harus coba ini pas ke Jakarta',
    minutesAgo: 47,
    replies: [
      { author: 'made', text: '{@putu} catat! minggu depan aku ke sana 🙌', minutesAgo: 44, likes: 1 },
    ],
  },
  {
    author: 'tasya',
    text: 'Pesanan aku ketuker sama punya orang lain, dapetnya kopi hitam 😭 tolong dibantu min',
    minutesAgo: 45,
    likes: 5,
  },
  { author: 'umi', text: 'Min kok ga dibales komplain aku di DM dari kemarin?', minutesAgo: 41, likes: 2 },
  { author: 'rizky', text: 'Mau tanya, bisa pesan buat acara kantor 50 cup?', minutesAgo: 26, late: true },
  { author: 'wulan', text: 'Fix jadi menu favorit baru 💚', minutesAgo: 12, late: true },
];
