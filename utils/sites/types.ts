import type { Capture } from '../capture/schema';

/** One site's knowledge: how to read its posts and comments out of the DOM. */
export interface SiteAdapter {
  platform: Capture['page']['platform'];
  /** Reads what the page shows now; null when the layout is not recognised. */
  read(doc: Document, location: URL): Capture | null;
}
