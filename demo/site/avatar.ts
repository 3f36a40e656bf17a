import { html, type Html } from './html';
import { colourOf, initialsOf } from './content/people';

/**
 * A CSS-drawn avatar: coloured circle with initials from a data attribute, so the initials are
 * not text content (the adapters take the first link *with text* as the author) and no image
 * is fetched.
 */
export function avatar(name: string, size: 'sm' | 'md' | 'lg' = 'md', brand = false): Html {
  const colour = brand ? 'brand' : String(colourOf(name));
  return html`<span
    class="av av-${size} av-c${colour}"
    data-initials="${initialsOf(name)}"
    aria-hidden="true"
  ></span>`;
}
