/** Saves a file the way a web page does: no downloads permission needed. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked at once, a large file's download can be cut short.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
