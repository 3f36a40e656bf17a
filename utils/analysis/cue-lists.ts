/**
 * Cue phrases for intents and stages, our own lists, written in normalised form (what
 * normalize.ts makes of "gk", "yg", "kak", "min"...). A word ending in -nya also matches
 * without it ("harganya" → "harga").
 */
export const CUE_LISTS = {
  ask: 'info dong|info harga|tolong dibantu|mohon dibantu|mohon info|minta info|share dong|need honest review|rekomendasi|gimana ini|bagaimana ini|how do i|bantu dong',
  qword:
    'berapa|kapan|dimana|bagaimana|apakah|apa|mana|siapa|kenapa|mengapa|how|what|where|when|why|which|who|does|do|is|are|can|could|will|should|bisa|boleh|ada',
  product:
    'harga|price|how much|cicilan|cod|stok|stock|ready|ready stok|size|ukuran|link|beli|buy|order|pesan|checkout|where to buy|off|diskon|promo|valid for|pricing|cost|biaya|varian|warna',
  want: 'ingin|take my money|definitely checkout|we should go|yuk beli|mau beli|will buy|want to buy|i want|need this|mau dong|wishlist|pengen|mau order|mau pesan|ingin beli|add to cart|shut up and take',
  failure:
    "charged twice|nobody replies|nobody answers|no one answers|no response|belum sampai|tidak sampai|belum datang|tidak datang|tidak bisa|belum masuk|still no|still nothing|no reply|not available|not working|tidak ada sms|no service|stuck|sedang dikemas|keeps logging|bootlooped|broke out|never again|belum ditransfer|belum dibalas|tidak dibalas|putus|haven't refunded|got an|not refunded|hung up|crashes|crashed|rusak|bocor|lecet|telat|terlambat|delay|lambat|error|gagal|kecewa|kemahalan|hilang|doesn't work|didn't work|went missing|wrong item|salah kirim|tidak nyala|mati|overtime|lama banget|template terus|copas",
  idea: 'saran|suggestion|ide|idea|you should|should make|should add|bring back|would love to see|next time|when are you adding|please add|tolong tambah|tambahin|adain|bikin versi|bikin sesi|request|bisa pilih|kerja sama|let us|how about|kenapa tidak|bikin|buat versi|dark mode|bisa ditambah|why not|varian baru|mini sample',
  fix: 'diperbaiki|lebih awal|ke depannya|kedepannya|depannya',
  promo:
    'jual|jualan|murah|gratis|free|diskon|jasa|grosir|ecer|best price|harga reseller|klik link|link di bio|limited stock|cek ig|mampir|naikin|off|bagi|promo|murah meriah|tanpa iklan|full hd',
  contact: 'wa|whatsapp|hub|hubungi|dm|ig|instagram|telegram|cek ig|link di bio|klik link|call us',
  impersonate: 'resmi|official|verifikasi|data diri|ktp|otp|saldo|klik link|cs resmi|pin|password|transfer',
  toxic:
    'anjing|bangsat|goblok|tolol|bego|idiot|idiots|stupid|clowns|clown|useless|kontol|memek|babi|bajingan|kampret|brengsek|tai|asu|fuck|fucking|bodoh|dumb|moron|sampah|bangke|keparat',
  urgent:
    "tipu|penipu|ditipu|penipuan|kena tipu|scam|scammed|fraud|hukum|jalur hukum|polisi|viral|somasi|ojk|lawyer|legal|sue|unauthorized|didn't authorize|charged twice|double charge|disputed|dispute|berkurang|palsu|perih|keracunan|alergi|bahaya|darurat|emergency|haven't refunded|belum ditransfer|belum dikembalikan|not refunded|tidak transaksi|dibobol|hacked|diretas|stolen|dicuri|alergi|allergic|allergy|allergic reaction|sesak|sesak napas|rumah sakit|hospital|ugd|igd|muntah|pingsan|keracunan makanan|food poisoning|poisoned|ambulance|anaphylaxis|emergency room",
  // Harm to someone's health reported after eating or using the product: never praise.
  harm: 'alergi|allergic|allergy|allergic reaction|keracunan|sesak|sesak napas|rumah sakit|hospital|ugd|igd|muntah|pingsan|bentol|food poisoning|poisoned|ambulance|anaphylaxis|emergency room',
  money: 'juta|jt|jutaan|rb|ribu|rupiah|rp|dollars|bucks|money|uang|saldo|dana',
  loss: "hilang|berkurang|belum ditransfer|not refunded|haven't refunded|charged|lost|missing|raib|ditahan",
  contest:
    'ikut|ikutan|jawaban|jawabannya|semoga menang|entered|entry|my entry|count me in|join|ikut ya|ikut admin',
  partner:
    'reseller|agen|kolab|collab|kolaborasi|kerjasama|kerja sama|titip|titip produk|volunteer|relawan|sponsor|partnership|bawa NUM kelas|jadi agen|siap bantu',
  community:
    'guys|ada yang|anyone|anyone else|pengalamannya|share dong|need honest review|yang pernah|siapa yang|ada yang pernah|ada yang sudah',
  advice:
    'coba|cek|harus|call|ask|freeze|hapus|lapor|telpon|minta|sama kakak|aku juga|saya juga|me too|caranya|cara|try|check|that got|langsung bisa|berhasil|jangan|tinggal|pastikan|make sure',
  tips: "tips|tip|pro tip|buat yang|buat sesama|here's how|recipe|resep|tutorial|tipsnya|trik",
  media:
    "review|honest review|full video|full review|channel|blog|highlight|story|reels|youtube|room tour|wear test|photo diary|my profile|screenshot|before after|here's how i|video|tiktok|[foto]|[photo]|my post|posted",
  compare:
    'mending|better than|than before|dibanding|dibandingkan|daripada|same as|agree|setuju|sama seperti|lebih baik|kalah|vs',
  share: 'share|share ke|tag|bagikan|repost',
  ack: 'ok|noted|thanks for|terimakasih|sama sama|siap|oke|thank you|makasih|sip|mantap|wow|keren|obsessed|selamat|congrats|see you',
  first: "aku|saya|i|my|i've|i'm|me|kami|we|our|punyaku|mine|gue",
  past: 'kemarin|tadi|sudah|pernah|last|ago|yesterday|bought|tried|used|flew|stayed|ordered|booked|sejak|since|dulu|minggu lalu|bulan lalu|udah|been',
} as const;

export type CueKind = keyof typeof CUE_LISTS;
