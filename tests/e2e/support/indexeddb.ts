import type { Page } from 'playwright-core';

/** Everything the app has stored in IndexedDB, read straight from the browser's database. */
export function readAppDatabase(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('at-practice-sandbox');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('keyval', 'readonly');
          const store = tx.objectStore('keyval');
          const keys = store.getAllKeys();
          const values = store.getAll();
          tx.oncomplete = () => {
            const entries = keys.result.map((key, i) => [String(key), String(values.result[i])]);
            db.close();
            resolve(Object.fromEntries(entries));
          };
        };
      }),
  );
}
