/**
 * Whether this page can draw on a canvas. Not where there is none (happy-dom in tests, a
 * hardened browser): the charts' data tables and summaries stand in for them.
 */
export function canDraw(): boolean {
  if (typeof window.matchMedia !== 'function') return false;
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}
