/** Placeholder until this view lands (issue 6). */
export function InsightsView() {
  return null;
}
