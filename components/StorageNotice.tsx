/** Placeholder: a full disk quota or a blocked upgrade will be explained here (issue 6). */
export function StorageNotice() {
  return null;
}
