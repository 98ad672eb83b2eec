import type { StorageEngine } from '../../engines/storage/storage-engine';
import type { RecognisedPage } from './read-pages';

/**
 * The one seam between Read aloud and storage: the text (as recognised or
 * as edited) and the pages it came from. When the shared persisted-state
 * hook lands, only this file changes.
 */

export const TEXT_KEY = 'read-aloud:text';
/** The pages, as a JSON list (one page object from before multi-page documents is read too). */
export const PAGE_KEY = 'read-aloud:page';

export interface SavedReading {
  text: string | null;
  pages: RecognisedPage[];
}

export async function loadReading(storage: StorageEngine): Promise<SavedReading> {
  const [text, saved] = await Promise.all([storage.getItem(TEXT_KEY), storage.getItem(PAGE_KEY)]);
  let pages: RecognisedPage[] = [];
  if (saved) {
    try {
      const parsed = JSON.parse(saved) as RecognisedPage | RecognisedPage[];
      pages = Array.isArray(parsed) ? parsed : [parsed];
    } catch {
      // A damaged saved page is dropped; the text is kept on its own.
    }
  }
  return { text, pages };
}

/** Saves text and pages together; a failed write is not fatal (the text is still on screen). */
export async function saveReading(
  storage: StorageEngine,
  text: string,
  pages: readonly RecognisedPage[],
): Promise<void> {
  await Promise.all([
    storage.setItem(TEXT_KEY, text),
    storage.setItem(PAGE_KEY, JSON.stringify(pages)),
  ]).catch(() => {});
}

export async function saveText(storage: StorageEngine, text: string): Promise<void> {
  await storage.setItem(TEXT_KEY, text).catch(() => {});
}
