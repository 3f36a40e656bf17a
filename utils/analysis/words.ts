/** Small closed word classes the scorers share: negators, intensifiers, contrast words. */

/** Flip the polarity of the next few words. "kurang" (not enough) works like a negator. */
export const NEGATORS: ReadonlySet<string> = new Set([
  'tidak',
  'bukan',
  'jangan',
  'belum',
  'tanpa',
  'kurang',
  'not',
  'no',
  'never',
  'without',
  'nothing',
  'nobody',
  'neither',
  'nor',
  'hardly',
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "won't",
  "can't",
  "couldn't",
  "shouldn't",
  "wouldn't",
  "haven't",
  "hasn't",
  "hadn't",
  "ain't",
  'cannot',
]);

/** Strengthen the word they sit next to (before in English, either side in Indonesian). */
export const INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ['banget', 1.5],
  ['sangat', 1.5],
  ['sekali', 1.4],
  ['amat', 1.4],
  ['terlalu', 1.3],
  ['super', 1.5],
  ['paling', 1.5],
  ['makin', 1.2],
  ['semakin', 1.2],
  ['very', 1.5],
  ['so', 1.4],
  ['really', 1.4],
  ['extremely', 1.7],
  ['too', 1.3],
  ['totally', 1.4],
  ['absolutely', 1.5],
  ['truly', 1.4],
  ['pol', 1.5],
  ['poll', 1.5],
  ['abis', 1.4],
  ['bener', 1.3],
  ['most', 1.3],
  ['such', 1.3],
]);

/** Soften: "agak", "lumayan", "kinda". */
export const DOWNTONERS: ReadonlyMap<string, number> = new Map([
  ['agak', 0.6],
  ['sedikit', 0.6],
  ['cukup', 0.8],
  ['kinda', 0.6],
  ['somewhat', 0.6],
  ['slightly', 0.5],
  ['bit', 0.6],
  ['rather', 0.7],
  ['fairly', 0.8],
]);

/** "X tapi Y": the verdict follows Y. */
export const CONTRAST: ReadonlySet<string> = new Set([
  'tapi',
  'tetapi',
  'namun',
  'sayang',
  'sayangnya',
  'padahal',
  'but',
  'however',
  'although',
  'except',
]);

/** Thanks as formula ("thanks for the info", "makasih min"): alone it is not praise. */
export const THANKS: ReadonlySet<string> = new Set(['thanks', 'thank', 'terimakasih', 'thx']);
