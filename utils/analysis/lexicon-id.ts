/**
 * Indonesian valence words, our own list (-3..3), in the normalised forms normalize.ts produces.
 * Kept short on purpose: the trained model covers the long tail, these carry the cues we show.
 */
const WORDS = `
bagus 2|baik 2|enak 2|mantap 3|keren 2|cantik 2|indah 2|suka 2|senang 2|puas 2|recommended 2
rekomen 2|rekomendasi 1|nyaman 2|ramah 2|cepat 1|murah 1|terjangkau 1|lezat 3|mewah 1|bersih 2
hebat 3|luar 0|terbaik 3|juara 3|top 2|sempurna 3|memuaskan 3|cocok 2|lancar 2|aman 1|sukses 2
berhasil 2|mantep 3|asik 2|asyik 2|seru 2|lucu 1|gemas 2|gemes 2|imut 1|kece 2|ciamik 3|josss 3
jos 2|oke 1|lumayan 1|worth 2|hemat 1|praktis 2|rapi 2|sabar 1|jujur 1|membantu 2|bermanfaat 2
terimakasih 1|syukur 2|alhamdulillah 1|semangat 1|bangga 2|cinta 2|sayang 1|favorit 2|kangen 1
nagih 2|sedap 2|gurih 2|segar 2|wangi 2|lembut 1|halus 1|awet 2|tahan 1|kuat 1|canggih 2|jelas 1
ramai 0|istimewa 3|spesial 2|menarik 2|unik 1|elegan 2|adem 1|sejuk 1|selamat 2|bahagia 3|ajaib 2
profesional 2|responsif 2|sigap 2|tepat 1|sehat 1|ampuh 2|manjur 2|pas 1|tajam 1|smooth 2|happy 2
kecewa -3|mengecewakan -3|jelek -2|buruk -3|parah -2|lambat -2|mahal -1|kotor -2|rusak -2|bau -2
hambar -2|asin -1|basi -3|keras 0|kasar -2|jutek -2|galak -2|sombong -2|lama -1|marah -2|kesal -2
kesel -2|sebal -2|bete -2|nyesel -2|menyesal -2|rugi -2|tipu -3|penipu -3|penipuan -3|palsu -2
bohong -3|gagal -2|error -2|bocor -2|hilang -2|telat -2|terlambat -2|macet -1|sulit -1|susah -2
ribet -2|repot -1|bosan -1|males -1|malas -1|sedih -2|kasihan -1|takut -1|bingung -1|capek -1
sakit -2|perih -2|gatal -2|sempit -1|sepi -1|pelit -2|lelet -2|payah -2|sampah -3|zonk -2
ampas -3|hancur -3|kacau -2|berantakan -2|cacat -2|lecet -2|pecah -2|penyok -2|anjlok -2|mati -1
putus -1|lemah -1|boros -1|mengecewakan -3|sialan -3|bangsat -3|anjing -2|goblok -3|tolol -3|bodoh -2
brengsek -3|kampungan -2|norak -1|ngeselin -2|nyebelin -2|menyebalkan -2|gila 0|kapok -3|kemahalan -2
kemanisan -1|keasinan -1|kepedasan -1|eneg -2|amis -2|alot -2|dingin 0|cair -1|nihil -1|komplain -2
keluhan -1|masalah -1|kendala -1|kurang -1|gangguan -2|ditipu -3|settingan -2|drama -1|lebay -1
ramah 2|kurang 0|simpel 1|hambar -2|lambat -2|berisik -2|jorok -3|pengap -2|panas -1|antri -1|menunggu -1|lapar -1
mengecewakan -3|kapok -3|menyesal -2|tidak_jelas -1|aneh -1|kasihan -1|miskin -1|korupsi -3|koruptor -3|bohong -3|fitnah -3
hoax -2|hoaks -2|benci -3|muak -3|jijik -3|sebel -2|ngeri -1|menyedihkan -3|parah -2|buruk -3|gangguan -2|lemot -2
enak 2|nikmat 3|mantap 3|puas 2|terbaik 3|ramah 2|bersih 2|lengkap 1|strategis 1|luas 1|rindang 1|sejuk 1|nyaman 2
recommended 2|murah 1|worth 2|dijamin 1|andalan 2|legendaris 2|maknyus 3|mantab 3|joss 2|bagus 2|berkualitas 2|mendukung 1
`;

export const LEXICON_ID: ReadonlyMap<string, number> = new Map(
  WORDS.split(/[|\n]/)
    .filter((e) => e.trim() !== '')
    .map((e) => {
      const [w, v] = e.trim().split(' ');
      return [w ?? '', Number(v)] as const;
    }),
);
