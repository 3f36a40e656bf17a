/** Placeholder until this view lands (issue 6). */
export function HistoryView() {
  return null;
}
