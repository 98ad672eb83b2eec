import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRoute } from './support/app-page';
import { launch, type Session } from './support/chromium';

/**
 * IndexedDB writes that never finish while `window.__writesStuck` is true:
 * each put's transaction is kept open (a chain of reads), and aborted when
 * the page is left, as a browser may drop a write still on its way when a
 * tab is closed or reloaded. Only the app's journal can then keep the words.
 */
const STUCK_WRITES = `(() => {
  const put = IDBObjectStore.prototype.put;
  const open = [];
  IDBObjectStore.prototype.put = function (...args) {
    const request = put.apply(this, args);
    if (globalThis.__writesStuck) {
      const store = this;
      const keepOpen = () => {
        const read = store.get('__keep-open__');
        read.onsuccess = keepOpen;
      };
      keepOpen();
      open.push(this.transaction);
    }
    return request;
  };
  addEventListener('pagehide', () => {
    for (const transaction of open) {
      try { transaction.abort(); } catch {}
    }
  });
})();`;

const dictated = (page: Page) => page.getByRole('textbox', { name: 'Dictated text' });

describe('leaving the page while a save is on its way (real Chromium, IndexedDB writes held open)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch({ initScripts: [STUCK_WRITES] });
  });
  afterAll(async () => {
    await session.close();
  });

  it('a reload keeps the words typed just before it, from the journal', async () => {
    const { page } = session;
    await openRoute(page, '/tools/dictation');
    await dictated(page).fill('First words.');
    // Saved the usual way first.
    await page.reload();
    await expect.poll(() => dictated(page).inputValue()).toBe('First words.');

    await page.evaluate(() => {
      (globalThis as { __writesStuck?: boolean }).__writesStuck = true;
    });
    await dictated(page).fill('First words. Then more, just before the reload.');
    await page.waitForTimeout(200);
    await page.reload();
    await expect
      .poll(() => dictated(page).inputValue())
      .toBe('First words. Then more, just before the reload.');
    // Replayed into IndexedDB and taken out of the journal.
    await expect
      .poll(() =>
        page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('journal'))),
      )
      .toEqual([]);
  });

  it('logged no console errors and made no request beyond localhost', () => {
    expect(session.errors).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
  });
});
