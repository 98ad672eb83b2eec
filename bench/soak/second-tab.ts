// Issue 11 in the soak: a second tab of the same profile writes all through the dictation run
// (the text size, on the Settings page), and a full-disk spell (every IndexedDB put throws
// QuotaExceededError, as Chromium does on a full disk) hits both tabs mid-run. At every
// checkpoint both tabs must agree with what was saved, and nothing may be lost.
import type { BrowserContext, Page } from 'playwright-core';

/** Installed before the app: IDBObjectStore.put throws while `__diskFull` is set on that page. */
export const FULL_DISK_SCRIPT = `(() => {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if (globalThis.__diskFull) throw new DOMException('The disk is full.', 'QuotaExceededError');
    return put.apply(this, args);
  };
})();`;

export interface SecondTabReport {
  /** Text size changes the second tab made (each one a write of the app's state). */
  writes: number;
  checkpoints: { minute: number; ok: boolean; textSize: number }[];
  fullDisk: {
    atMinute: number;
    seconds: number;
    /** "Not saved" alerts shown in the dictation tab during the spell: must be exactly one. */
    alerts: number;
    /** The alert went away once writes succeeded again. */
    cleared: boolean;
  } | null;
  lost: string[];
}

const SIZES = [100, 125, 150, 125];

const savedTextSize = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number | null>((resolve) => {
        const open = indexedDB.open('at-practice-sandbox');
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const request = open.result
            .transaction('keyval', 'readonly')
            .objectStore('keyval')
            .get('app-state');
          request.onsuccess = () => {
            open.result.close();
            try {
              resolve(JSON.parse(String(request.result)).state.textSize ?? null);
            } catch {
              resolve(null);
            }
          };
          request.onerror = () => resolve(null);
        };
      }),
  );

const rootFontPx = (page: Page) =>
  page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));

const setDiskFull = (pages: Page[], full: boolean) =>
  Promise.all(
    pages.map((page) =>
      page.evaluate((on) => {
        (globalThis as { __diskFull?: boolean }).__diskFull = on;
      }, full),
    ),
  );

export async function openSecondTab(context: BrowserContext, baseUrl: string, first: Page) {
  const page = await context.newPage();
  await page.goto(`${baseUrl}#/settings`);
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  const slider = page.getByRole('slider', { name: 'Text size' });
  const report: SecondTabReport = { writes: 0, checkpoints: [], fullDisk: null, lost: [] };
  let step = 0;
  let size = 100;
  let spell = false;
  const notSaved = () => first.getByRole('alert').filter({ hasText: 'Not saved' }).count();

  return {
    report,
    /** One change in the second tab: the text size moves one step along 100, 125, 150, 125… */
    async write() {
      step += 1;
      const next = SIZES[step % SIZES.length] as number;
      await slider.focus();
      await page.keyboard.press(next > size ? 'ArrowRight' : 'ArrowLeft');
      size = next;
      report.writes += 1;
    },
    /** Both tabs show the second tab's latest text size, and it is what storage holds. */
    async check(minute: number) {
      const want = (16 * size) / 100;
      let ok = false;
      for (let i = 0; i < 40 && !ok; i += 1) {
        const [one, two, saved] = [
          await rootFontPx(first),
          await rootFontPx(page),
          await savedTextSize(page),
        ];
        // While the disk is full a change reaches other tabs only once saved: the tab keeps its own.
        ok = spell ? two === want : one === want && two === want && saved === size;
        if (!ok) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      report.checkpoints.push({ minute, ok, textSize: size });
      if (!ok) report.lost.push(`minute ${minute}: the tabs do not agree on text size ${size}%`);
      return ok;
    },
    async startFullDisk(minute: number, seconds: number) {
      await setDiskFull([first, page], true);
      spell = true;
      report.fullDisk = { atMinute: minute, seconds, alerts: 0, cleared: false };
    },
    /** Counts the alerts now: called during the spell, after writes have failed. */
    async countAlerts() {
      if (report.fullDisk)
        report.fullDisk.alerts = Math.max(report.fullDisk.alerts, await notSaved());
    },
    async endFullDisk() {
      await setDiskFull([first, page], false);
      spell = false;
      // The next successful writes take the alert away; "Try saving again" does it at once.
      for (const tab of [first, page]) {
        const retry = tab.getByRole('button', { name: 'Try saving again' });
        if (await retry.count()) await retry.click();
      }
      let cleared = false;
      for (let i = 0; i < 100 && !cleared; i += 1) {
        cleared = (await notSaved()) === 0;
        if (!cleared) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (report.fullDisk) {
        report.fullDisk.cleared = cleared;
        if (report.fullDisk.alerts !== 1) {
          report.lost.push(`full disk: ${report.fullDisk.alerts} "Not saved" alerts, expected one`);
        }
        if (!cleared) report.lost.push('full disk: the alert stayed after writes worked again');
      }
    },
    close: () => page.close(),
  };
}
