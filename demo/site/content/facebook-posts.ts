import { PAGE, type DemoPost } from './types';

/**
 * The Facebook page's posts, newest first. Invented text covering what Tanggap must handle:
 * questions, complaints, praise, reviews, recipes, contest entries, spam, an urgent allergy
 * report, sarcasm, code-switching and slang. Ages are minutes before the request.
 */
export const facebookPosts: readonly DemoPost[] = [
  {
    storyId: '893104527716402',
    pfbid: 'pfbid02Xk7rQm9dVtLwS4hNc8bYpA1eZuGfK3jHoTnRqWv6sMiE5yCxP2aBdUgLzF7l',
    minutesAgo: 190,
    text: 'Menu baru! ☕🌿 Es Kopi Aren Pandan sudah bisa dipesan di semua outlet Kopi Rindang mulai hari ini. Manis legit gula aren, wangi pandan, kopi robusta Temanggung. Sudah coba? Ceritain di kolom komentar ya!',
    picture: 'Segelas es kopi susu berwarna krem dengan daun pandan di atas meja kayu',
    reactions: 1284,
    shares: 57,
    comments: [
      {
        author: 'ayu',
        text: 'Wahh akhirnya ada varian pandan!! 😍 berapa harganya kak?',
        minutesAgo: 175,
        likes: 14,
        replies: [
          {
            author: PAGE,
            text: 'Halo Kak Ayu! Es Kopi Aren Pandan Rp28.000 (regular) dan Rp34.000 (large) ya. Selamat mencoba, kabari kami rasanya ya 😊 -Rara',
            minutesAgo: 160,
            likes: 6,
          },
          { author: 'ayu', text: 'Siap min makasih infonya 🙏', minutesAgo: 150 },
        ],
      },
      {
        author: 'bayu',
        text: 'Udh coba tadi pagi di outlet Tebet, enak bgt sumpah. Pandannya ga bikin eneg',
        minutesAgo: 171,
        likes: 31,
      },
      {
        author: 'citra',
        text: '{@dimas} ini yg aku bilang kemarin, ayo cobain weekend ini',
        minutesAgo: 166,
        likes: 3,
        replies: [{ author: 'dimas', text: 'Gaskeun wkwk, sabtu sore ya', minutesAgo: 140, likes: 1 }],
      },
      {
        author: 'eka',
        text: 'Ready di outlet Depok gak min? Kemarin nanya katanya blm ada',
        minutesAgo: 158,
        likes: 2,
        replyBox: true,
      },
      { author: 'fajar', text: 'bagusss 🔥🔥🔥', minutesAgo: 152 },
      {
        author: 'gita',
        text: "I tried it yesterday and honestly it's better than the regular aren latte. Less sweet, more fragrant. Would order again!",
        minutesAgo: 149,
        likes: 22,
        replies: [
          {
            author: PAGE,
            text: 'Thank you so much, Kak Gita! Glad you liked the lower sweetness, our baristas will be happy to hear it ☕ -Rara',
            minutesAgo: 120,
            likes: 4,
          },
        ],
      },
      {
        author: 'hana',
        text: 'Review jujur: udah 3x beli. Yg large lebih pas, esnya ga terlalu banyak. Cuma sedotan kertasnya cepet lembek 😅',
        minutesAgo: 141,
        likes: 18,
        encodedId: true,
      },
      {
        author: 'indra',
        text: 'Varian pedas kapan min? Request kopi jahe merah dong buat musim hujan',
        minutesAgo: 133,
        likes: 9,
      },
      { author: 'joko', text: '😍😍', minutesAgo: 127 },
      {
        author: 'kirana',
        text: 'Ada versi less sugar gak kak? Lagi ngurangin gula nih',
        minutesAgo: 118,
        likes: 5,
        replies: [
          {
            author: 'nadia',
            text: 'Bisa kak, aku biasanya minta gula arennya setengah aja ke baristanya, tetep enak kok',
            minutesAgo: 101,
            likes: 7,
            encodedId: true,
          },
        ],
      },
      { author: 'made', text: 'Mantul 👍', minutesAgo: 110 },
      {
        author: 'oscar',
        text: 'Aku bikin versi rumahan pakai santan sedikit + pandan rebus, ternyata mirip! Resepnya: 2 shot espresso, 30 ml sirup gula aren, 100 ml susu, 1 sdm santan, es batu. Kalian wajib coba',
        minutesAgo: 96,
        likes: 44,
      },
      { author: 'putu', text: 'Nyimak dulu', minutesAgo: 84 },
      {
        author: 'rizky',
        text: '{@sekar} {@teguh} besok meeting di Kopi Rindang aja yuk, sekalian nyobain ini',
        minutesAgo: 61,
        likes: 2,
      },
      { author: 'umi', text: 'Sampai kapan promonya kak?', minutesAgo: 34, late: true },
      { author: 'vina', text: 'The pandan one is so good omg 💚', minutesAgo: 19, late: true },
      {
        author: 'wulan',
        text: 'Min, bisa pesan lewat GoFood juga gak?',
        minutesAgo: 8,
        late: true,
        likes: 1,
      },
    ],
  },
  {
    storyId: '893088120384561',
    minutesAgo: 1560,
    text: '🎉 GIVEAWAY #RindangBerbagiResep 🎉 Tulis resep minuman kopi versi kamu di kolom komentar + tag 2 teman. 5 pemenang dapat voucher Rp150.000. Diumumkan Jumat ini!',
    picture: 'Tiga gelas kopi dengan warna berbeda dan tulisan GIVEAWAY',
    reactions: 2310,
    shares: 412,
    comments: [
      {
        author: 'yoga',
        text: 'Ikutan ya min! Kopi tubruk + kayu manis + sedikit madu, diseduh pakai air 92 derajat. Hangat buat pagi hari ☕ {@zahra} {@kevin}',
        minutesAgo: 1540,
        likes: 27,
      },
      {
        author: 'zahra',
        text: 'Entry aku: cold brew 12 jam, campur air kelapa muda, kasih perasan jeruk nipis. Seger bgt buat siang2 🍋 {@maria} {@andre} #RindangBerbagiResep',
        minutesAgo: 1490,
        likes: 35,
        replies: [
          {
            author: 'kevin',
            text: 'Kok kepikiran sih air kelapa 😂 nanti aku coba',
            minutesAgo: 1400,
            likes: 2,
          },
          {
            author: 'zahra',
            text: '{@kevin} cobain deh, aku udh bikin 2 minggu tiap hari',
            minutesAgo: 1380,
          },
        ],
      },
      {
        author: 'maria',
        text: 'My entry: affogato with a scoop of es puter kelapa instead of vanilla ice cream. Trust me 🤤 {@tasya} {@andre}',
        minutesAgo: 1420,
        likes: 19,
      },
      {
        author: 'andre',
        text: 'Saran min, next giveaway bikin kelas latte art bareng barista kalian dong, pasti rame',
        minutesAgo: 1360,
        likes: 52,
        replies: [
          {
            author: PAGE,
            text: 'Ide bagus banget Kak Andre! Sudah kami catat dan teruskan ke tim event. Nantikan kabarnya ya 🙌 -Rara',
            minutesAgo: 1300,
            likes: 11,
          },
        ],
      },
      {
        author: 'tasya',
        text: 'Kopi susu + sirup markisa + soda. Aneh tapi enak wkwk {@citra} {@ayu}',
        minutesAgo: 1320,
        likes: 8,
        encodedId: true,
      },
      {
        author: 'bayu',
        text: 'Pemenangnya diumumin di mana min? IG atau FB?',
        minutesAgo: 1250,
        likes: 3,
        replies: [
          {
            author: 'ayu',
            text: 'Biasanya di dua-duanya kak, tahun lalu juga gitu',
            minutesAgo: 1210,
            likes: 4,
          },
        ],
      },
      {
        author: 'promo',
        text: '💰 Mau penghasilan 5jt/hari dari rumah? Klik bit.ly/cuan-kilat-2026 sekarang juga, terbatas!!! 💰',
        minutesAgo: 1190,
      },
      {
        author: 'gita',
        text: 'Coba tulis <b>html</b> & "quotes" di komentar, muncul gak ya? 😅',
        minutesAgo: 1100,
        likes: 1,
      },
      {
        author: 'laras',
        text: 'Resep aku: espresso, susu oat, sejumput garam laut, dan gula semut. Garamnya bikin manisnya keluar. {@hana} {@putu}',
        minutesAgo: 1020,
        likes: 16,
      },
      { author: 'fajar', text: 'Syaratnya harus follow IG juga gak?', minutesAgo: 960, late: true },
      {
        author: 'nadia',
        text: 'Ikutan! Kopi jahe: seduh kopi tubruk bareng jahe bakar yg digeprek, tambah gula batu. Anget bgt. {@sekar} {@wulan}',
        minutesAgo: 900,
        likes: 6,
        late: true,
      },
    ],
  },
  {
    storyId: '893071946620338',
    pfbid: 'pfbid0Tq3vNcY8sHkPzRb6LmD2wXfJ9aGuE1oKiS7tVnB4yQeCzWh5dMrA3gFjUp8x',
    minutesAgo: 4320,
    text: 'Pesan Kopi Rindang sekarang bisa lewat aplikasi Rindang Go, antar ke rumah se-Jabodetabek 🛵 Ada kendala pesanan? Tulis di sini, tim kami bantu.',
    picture: 'Kurir dengan kotak pengantaran hijau di depan outlet',
    reactions: 640,
    shares: 23,
    comments: [
      {
        author: 'kevin',
        text: 'Mantap, 3 minggu gak nyampe 👏 pesanan biji kopi 1kg saya entah ke mana',
        minutesAgo: 4200,
        likes: 48,
        replies: [
          { author: 'rizky', text: 'Sama kak, aku juga 2 minggu blm dateng', minutesAgo: 4100, likes: 12 },
        ],
      },
      {
        author: 'sekar',
        text: 'Tolong segera ditanggapi min!! Saya pesan oat latte tapi yang datang susu sapi, anak saya alergi dan sekarang bentol2 dan sesak. Mohon tanggung jawab',
        minutesAgo: 4150,
        likes: 63,
        replyBox: true,
        replies: [
          {
            author: PAGE,
            text: 'Kak Sekar, kami sangat menyesal dan mohon maaf. Semoga adik segera pulih. Tim kami sudah menghubungi Kakak lewat DM untuk penggantian biaya berobat dan pengecekan pesanan hari ini juga. -Rara',
            minutesAgo: 4110,
            likes: 9,
          },
        ],
      },
      {
        author: 'teguh',
        text: 'Pesan 2 kopi susu yg dateng 2 americano. Salah order lagi, udh kedua kalinya bulan ini 😤',
        minutesAgo: 4050,
        likes: 21,
        encodedId: true,
      },
      {
        author: 'umi',
        text: 'Kasirnya di outlet Kemang jutek bgt, ditanya baik2 malah dijawab ketus. Sayang padahal kopinya enak',
        minutesAgo: 3900,
        likes: 37,
      },
      {
        author: 'vina',
        text: 'Delivery took almost 2 hours and the ice was fully melted. Not great for Rp60k.',
        minutesAgo: 3800,
        likes: 15,
      },
      {
        author: 'wulan',
        text: 'Aplikasinya error terus pas checkout, udah coba 3x ga bisa bayar',
        minutesAgo: 3650,
        likes: 11,
        replies: [
          {
            author: 'yoga',
            text: 'Coba update dulu kak aplikasinya, aku kemarin juga gitu terus setelah update lancar',
            minutesAgo: 3600,
            likes: 8,
          },
          { author: 'wulan', text: '{@yoga} oh iya bener, makasih kak 🙏', minutesAgo: 3500 },
        ],
      },
      { author: 'eka', text: 'Ongkirnya berapa ke Bekasi kak?', minutesAgo: 3400, likes: 1 },
      {
        author: 'hana',
        text: 'Kurirnya ramah, kopinya rapi dibungkus. Good job Rindang Go 👍',
        minutesAgo: 3100,
        likes: 13,
      },
      {
        author: 'joko',
        text: 'Ada yg pernah pesan tengah malam? Bukanya sampai jam berapa ya',
        minutesAgo: 2900,
        replies: [
          {
            author: 'laras',
            text: 'Sampai jam 11 malam kak, aku sering pesan jam 10an',
            minutesAgo: 2880,
            likes: 2,
          },
        ],
      },
      {
        author: 'indra',
        text: 'Refund saya blm masuk udh 10 hari kerja, gimana ini min',
        minutesAgo: 2600,
        likes: 6,
        late: true,
      },
    ],
  },
  {
    storyId: '893050318847215',
    minutesAgo: 10080,
    text: 'New outlet alert! 📍 Kopi Rindang Braga, Bandung opens this Saturday, 08.00–22.00. First 100 guests get a free Kopi Susu Rindang. See you there!',
    picture: 'Fasad outlet kopi bergaya kolonial dengan lampu hangat',
    reactions: 905,
    shares: 88,
    comments: [
      {
        author: 'made',
        text: 'Finally in Bandung!! Is there parking nearby?',
        minutesAgo: 10000,
        likes: 7,
        replies: [
          {
            author: 'kirana',
            text: 'There is a paid parking lot about 100 m away, I went last week',
            minutesAgo: 9900,
            likes: 3,
          },
        ],
      },
      {
        author: 'oscar',
        text: 'Congrats on the new outlet! Loved the interior, very cozy for WFC 💻',
        minutesAgo: 9700,
        likes: 10,
      },
      { author: 'putu', text: 'Ada colokan di tiap meja gak kak? Mau nugas', minutesAgo: 9400, likes: 2 },
      {
        author: 'tasya',
        text: '{@maria} this is near your office!',
        minutesAgo: 9100,
        likes: 1,
        replies: [{ author: 'maria', text: 'Omg yes, lunch break plan 😆', minutesAgo: 9000 }],
      },
      { author: 'dimas', text: 'Open till 22.00 on weekdays too?', minutesAgo: 8800 },
      { author: 'andre', text: 'Pls open one in Semarang next 🙏', minutesAgo: 8600, likes: 19 },
      { author: 'citra', text: 'Tempatnya estetik bgt, cocok buat foto2 📸', minutesAgo: 8200, likes: 4 },
    ],
  },
];
