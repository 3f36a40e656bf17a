/** `popup.html#history` opens the popup on the history (links, the benchmark). */
export const HISTORY_HASH = '#history';

export function opensHistory(hash: string = window.location.hash): boolean {
  return hash === HISTORY_HASH;
}
