// Drivers for the documents and offline contracts: plain data in and out, so the same steps run
// against a fake in jsdom or across page.evaluate against the real engine in Chromium.
import type { DocumentsEngine } from '../../src/engines/documents/documents-engine';
import type { OfflineEngine, OfflineProgress } from '../../src/engines/offline/offline-engine';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const errorOf = (error: unknown) => ({
  name: error instanceof Error || error instanceof DOMException ? error.name : typeof error,
  code: error && typeof error === 'object' && 'code' in error ? String(error.code) : null,
  pages: error && typeof error === 'object' && 'pages' in error ? error.pages : undefined,
});
const magic = async (blob: Blob) =>
  [...new Uint8Array(await blob.slice(0, 4).arrayBuffer())]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');

/** `file(name)` is a fixture by name, as the side under test has it. */
export function createDocumentsDriver(
  engine: DocumentsEngine,
  file: (name: string) => Promise<Blob>,
) {
  return {
    async kind(name: string) {
      return engine.kind(await file(name));
    },
    /** Opens a PDF and reads every page: its words in order, per page number. */
    async readPdf(name: string) {
      const pdf = await engine.openPdf(await file(name));
      try {
        const pages = [];
        for (let number = 1; number <= pdf.pageCount; number += 1) {
          const page = await pdf.page(number);
          pages.push({
            number,
            words: page.words.map((w) => w.text),
            wordsInsidePage: page.words.every(
              ({ box }) =>
                box.x0 >= 0 && box.y0 >= 0 && box.x1 <= page.width && box.y1 <= page.height,
            ),
            width: page.width,
            height: page.height,
            displayUrlStart: page.displayUrl.slice(0, 11),
            picture: page.picture && { type: page.picture.type, magic: await magic(page.picture) },
          });
        }
        return { pageCount: pdf.pageCount, pages };
      } finally {
        await pdf.close();
      }
    },
    /** Opens a PDF the engine should refuse: what it threw, or null if it opened. */
    async openPdfError(name: string) {
      try {
        await (await engine.openPdf(await file(name))).close();
        return null;
      } catch (error) {
        return errorOf(error);
      }
    },
    async decodeHeic(name: string) {
      try {
        const picture = await engine.decodeHeic(await file(name));
        return { type: picture.type, magic: await magic(picture), bytes: picture.size };
      } catch (error) {
        return { error: errorOf(error) };
      }
    },
  };
}
export type DocumentsDriver = ReturnType<typeof createDocumentsDriver>;

export function createOfflineDriver(engine: OfflineEngine) {
  return {
    /** The state at once, and once it settles (a first visit installs the service worker). */
    async state() {
      const first = await engine.state();
      let settled = first;
      for (let i = 0; i < 300 && settled === 'installing'; i += 1) {
        await pause(50);
        settled = await engine.state();
      }
      return { first, settled };
    },
    /** The tool assets before, every progress report while caching them, and after. */
    async cacheTools() {
      const before = await engine.toolAssets();
      const progress: OfflineProgress[] = [];
      await engine.cacheToolAssets((p) => progress.push({ ...p }));
      return { before, progress, after: await engine.toolAssets() };
    },
    /** Caching with a signal already aborted: what it threw, or null if it carried on. */
    async cacheCancelled() {
      const controller = new AbortController();
      controller.abort();
      try {
        await engine.cacheToolAssets(() => {}, controller.signal);
        return null;
      } catch (error) {
        return errorOf(error);
      }
    },
    /** Waits up to `ms` for word of a new version, then asks for it (which may reload the page). */
    async takeUpdate(ms: number) {
      let calls = 0;
      const unsubscribe = engine.onUpdateAvailable(() => {
        calls += 1;
      });
      for (let i = 0; i < ms / 50 && calls === 0; i += 1) await pause(50);
      unsubscribe();
      // Not awaited: moving to the new version reloads the page, ending this call's world.
      if (calls > 0) setTimeout(() => void engine.applyUpdate(), 0);
      return { calls };
    },
    /** Listens for an update for `ms`, then unsubscribes: how often the listener was called. */
    async listenForUpdate(ms: number) {
      let calls = 0;
      const unsubscribe = engine.onUpdateAvailable(() => {
        calls += 1;
      });
      await pause(ms);
      const unsubscribeIsFunction = typeof unsubscribe === 'function';
      if (unsubscribeIsFunction) unsubscribe();
      return { calls, unsubscribeIsFunction };
    },
  };
}
export type OfflineDriver = ReturnType<typeof createOfflineDriver>;
