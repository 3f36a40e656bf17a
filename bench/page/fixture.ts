import {
  bulkFacebookSpecs,
  facebookCommentHtml,
  facebookPageHtml,
  type FacebookCommentSpec,
} from '../../test/fixtures/comment-html';

/** Varied brand-page talk, so the engine is not timed on one sentence 2,000 times. Our own lines. */
const LINES = [
  'Pesanan saya blm nyampe udh 5 hari, gimana ini min?',
  'enak bgt kopinya, bakal order lagi 😍',
  'How much is the large one?',
  'Aku udah coba 2 minggu, rasanya konsisten dan ga terlalu manis',
  'Saran min, tambahin varian less sugar dong',
  '@rina ini yg aku bilang kemarin!',
  'Kasirnya jutek banget, kecewa 😤',
  'Ikutan ya min #KopiChallenge',
  'nyimak',
  'Delivery was late again and the ice melted. Not happy.',
];

function vary(specs: FacebookCommentSpec[]): FacebookCommentSpec[] {
  let n = 0;
  const walk = (s: FacebookCommentSpec): FacebookCommentSpec => ({
    ...s,
    text: `${LINES[n++ % LINES.length]} (${n})`,
    replies: s.replies?.map(walk),
  });
  return specs.map(walk);
}

/** A Facebook post with `count` comments and replies, for the page at /tehlembayung. */
export function benchPage(count: number): string {
  return facebookPageHtml(vary(bulkFacebookSpecs(count)));
}

/** `count` more comments, as "View more comments" would add them, with ids after the page's. */
export function moreComments(count: number, batch: number): string {
  return vary(bulkFacebookSpecs(count, 9_600_000_000 + batch * 1_000))
    .map((s) => facebookCommentHtml(s))
    .join('');
}
