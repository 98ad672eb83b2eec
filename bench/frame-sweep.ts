import type { CDPSession, Locator, Page } from 'playwright-core';
import { FRAME_MS as FRAME_BUDGET_MS } from './frame-timing';
import { median, percentile, round } from './types';

const LONG_TASK_LIMIT_MS = 50;

/** What one pointer sweep measured: frames, long tasks, style writes on a watched element. */
export interface SweepResult {
  intervals: number[];
  longTasks: number[];
  /** Style writes seen on the watched element (one per frame at most, if coalescing works). */
  updates: number;
  frames: number;
  pointerEvents: number;
  /** Share of the sweep's wall time the renderer's main thread spent on tasks, in %. */
  busyPercent: number;
  /** How long the sweep waited for the service worker to finish installing first, in ms. */
  serviceWorkerWaitMs: number;
}

/** Seconds the renderer's main thread has spent on tasks so far (DevTools protocol metrics). */
async function mainThreadSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
}

/** Starts recording in the page: rAF intervals, long tasks, style writes, pointer events. */
async function startRecording(page: Page, watch: string | undefined): Promise<void> {
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.evaluate('window.__name = (f) => f');
  await page.evaluate((selector) => {
    const data = {
      intervals: [] as number[],
      longTasks: [] as number[],
      updates: 0,
      frames: 0,
      pointerEvents: 0,
      stop: false,
    };
    (window as unknown as { __sweep: typeof data }).__sweep = data;
    let last = 0;
    const tick = (time: number) => {
      if (data.stop) return;
      if (last) data.intervals.push(time - last);
      data.frames += 1;
      last = time;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) data.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    const watched = selector ? document.querySelector(selector) : null;
    if (watched) {
      new MutationObserver((records) => {
        data.updates += records.length;
      }).observe(watched, { attributes: true, attributeFilter: ['style'] });
    }
    document.addEventListener('pointermove', () => {
      data.pointerEvents += 1;
    });
  }, watch);
}

/**
 * Waits until the page's service worker, if it registered one, is active. On
 * a first visit (every sweep starts from a fresh profile) the worker
 * precaches the app shell, hundreds of files, while the page runs: a sweep
 * measured meanwhile mostly measures that download competing for the CPU,
 * not the page. Returns how long it waited, in ms.
 */
export async function settleServiceWorker(page: Page, timeoutMs = 120_000): Promise<number> {
  // A string, not a function: tsx would wrap a function's names in a helper the page lacks.
  const script = `(async () => {
    const started = performance.now();
    if (!('serviceWorker' in navigator) || !isSecureContext) return 0;
    // The app registers its worker as it starts; a page without one has nothing to wait for.
    let registration;
    for (let i = 0; i < 50 && !registration; i += 1) {
      registration = await navigator.serviceWorker.getRegistration();
      if (!registration) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!registration) return 0;
    await Promise.race([
      navigator.serviceWorker.ready,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('The service worker did not finish installing.')), ${timeoutMs}),
      ),
    ]);
    return performance.now() - started;
  })()`;
  return (await page.evaluate(script)) as number;
}

/**
 * Sweeps the pointer over the visible part of `area` in a Lissajous path for
 * `seconds`, as fast as CDP allows, with the CPU slowed `throttle` times,
 * and reports what the page did meanwhile. It starts once the service worker
 * has installed, so it measures the page, not a first visit's precaching.
 */
export async function measureSweep(
  page: Page,
  area: Locator,
  { seconds, throttle, watch }: { seconds: number; throttle: number; watch?: string },
): Promise<SweepResult> {
  const viewportHeight = page.viewportSize()?.height ?? 900;
  const box = await area.boundingBox();
  if (!box) throw new Error('The area to sweep is not on the page.');
  const top = Math.max(box.y, 0);
  const visible = {
    x: box.x,
    y: top,
    width: box.width,
    height: Math.min(box.height, viewportHeight - top),
  };
  const serviceWorkerWaitMs = await settleServiceWorker(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.mouse.move(visible.x + 10, visible.y + 10);
  await cdp.send('Performance.enable');
  const busyBefore = await mainThreadSeconds(cdp);
  const started = Date.now();
  await startRecording(page, watch);
  let t = 0;
  while (Date.now() - started < seconds * 1000) {
    t += 0.02;
    await page.mouse.move(
      visible.x + visible.width * (0.5 + 0.45 * Math.sin(t * 1.3)),
      visible.y + visible.height * (0.5 + 0.45 * Math.sin(t * 0.7)),
    );
  }
  const sample = await page.evaluate(() => {
    const data = (
      window as unknown as {
        __sweep: Omit<SweepResult, 'busyPercent' | 'serviceWorkerWaitMs'> & { stop: boolean };
      }
    ).__sweep;
    data.stop = true;
    return data;
  });
  const busy = (await mainThreadSeconds(cdp)) - busyBefore;
  const wall = (Date.now() - started) / 1000;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return { ...sample, busyPercent: round((busy / wall) * 100, 0), serviceWorkerWaitMs };
}

/** The columns both frame benchmarks print for a sweep. */
export function sweepColumns(sample: SweepResult): Record<string, number> {
  return {
    frames: sample.frames,
    'median frame (ms)': round(median(sample.intervals)),
    'p95 frame (ms)': round(percentile(sample.intervals, 95)),
    'long tasks': sample.longTasks.length,
    'longest task (ms)': round(Math.max(0, ...sample.longTasks), 0),
    'main thread busy (%)': sample.busyPercent,
    'pointer events': sample.pointerEvents,
  };
}

/** The aim: p95 within one 60 Hz frame and no long task over 50 ms. */
export function sweepVerdict(label: string, sample: SweepResult): string {
  const p95 = percentile(sample.intervals, 95);
  const longest = Math.max(0, ...sample.longTasks);
  const framesOk = p95 <= FRAME_BUDGET_MS + 0.5;
  const tasksOk = longest <= LONG_TASK_LIMIT_MS;
  return `${label}: p95 ${round(p95)} ms ${framesOk ? '≤' : '>'} 16.7 ms, longest task ${round(longest, 0)} ms ${tasksOk ? '≤' : '>'} 50 ms: ${framesOk && tasksOk ? 'OK' : 'OVER'}`;
}
