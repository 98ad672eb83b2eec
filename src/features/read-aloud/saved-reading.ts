import type { RecognisedPage } from './read-pages';

/**
 * The one seam between Read aloud and storage: the keys and how a saved
 * value becomes a valid one (the text, as recognised or as edited, and the
 * pages it came from), for the shared usePersistedState.
 */

export const TEXT_KEY = 'read-aloud:text';
/** The pages, as a JSON list (one page object from before multi-page documents is read too). */
export const PAGE_KEY = 'read-aloud:page';

/** The saved text; anything else (nothing saved, a damaged value) is no text. */
export function parseText(saved: unknown): string {
  if (typeof saved === 'string') return saved;
  // A text of digits alone was saved bare, and reads back as a number.
  if (typeof saved === 'number') return String(saved);
  return '';
}

const isPage = (value: unknown): value is RecognisedPage =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as RecognisedPage).words) &&
  typeof (value as RecognisedPage).displayUrl === 'string';

/** The saved pages: a list, or the single page saved before documents had several. */
export function parsePages(saved: unknown): RecognisedPage[] {
  if (Array.isArray(saved)) return saved.filter(isPage);
  return isPage(saved) ? [saved] : [];
}
