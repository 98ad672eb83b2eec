// What the speech benchmarks share: waiting for a task and for the next painted frame inside
// the page, the machine's own noise, and the rows and notes they print.
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { median, percentile, round } from './types';

/** One 60 Hz frame. */
export const FRAME_MS = 1000 / 60;

interface FrameTiming {
  /** Resolves after one macrotask (a MessageChannel message: not clamped like setTimeout). */
  nextTask(): Promise<void>;
  /** Resolves once the next frame has been painted (a task after requestAnimationFrame). */
  nextPaint(): Promise<void>;
  /**
   * Resolves as soon as check() is true: first looked at after the current
   * task's microtasks (where React renders an external store's update), then
   * after each task. Looking only after tasks would count whatever the browser
   * runs first (a frame's layout and paint, a storage callback) as delay.
   */
  until(check: () => boolean): Promise<void>;
  /**
   * The next frame, on performance.now()'s clock: `vsync` is the display beat
   * it was made for (requestAnimationFrame's timestamp, which can be before
   * the moment the frame's work began), `began` when its animation-frame
   * callbacks ran, and `painted` a task after its style, layout and paint.
   * `painted - began` is the frame's own rendering work.
   */
  nextFrame(): Promise<{ vsync: number; began: number; painted: number }>;
  /** The machine's own noise: `count` waits for a task, then a frame, with nothing else to do. */
  idle(count: number): Promise<number[]>;
  /** Records long tasks (over 50 ms) from now until stop(). */
  longTasks(): { durations: number[]; stop(): void };
}

declare global {
  interface Window {
    __frames: FrameTiming;
  }
}

// A string, not a function: tsx would wrap a function's names in a helper the page lacks.
const FRAME_TIMING_SCRIPT = `(() => {
  const channel = new MessageChannel();
  const nextTask = () =>
    new Promise((resolve) => {
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => nextTask().then(resolve)));
  const until = async (check) => {
    for (let i = 0; i < 4 && !check(); i += 1) await Promise.resolve();
    for (let guard = 0; !check() && guard < 1000; guard += 1) await nextTask();
  };
  const nextFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame((vsync) => {
        const began = performance.now();
        nextTask().then(() => resolve({ vsync, began, painted: performance.now() }));
      }),
    );
  const idle = async (count) => {
    const out = [];
    for (let i = 0; i < count; i += 1) {
      const t0 = performance.now();
      await nextTask();
      await nextPaint();
      out.push(performance.now() - t0);
    }
    return out;
  };
  const longTasks = () => {
    const durations = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    return { durations, stop: () => observer.disconnect() };
  };
  window.__frames = { nextTask, nextPaint, until, nextFrame, idle, longTasks };
})();`;

/** Gives the page `window.__frames` (again after each navigation). */
export async function installFrameTiming(page: Page): Promise<void> {
  await page.evaluate(FRAME_TIMING_SCRIPT);
}

/** Median, p95 and max of a set of durations, as printed columns. */
export function timingColumns(
  values: readonly number[],
  { digits = 2, medianLabel = 'median ms' } = {},
): Record<string, number> {
  return {
    [medianLabel]: round(median(values), digits),
    'p95 ms': round(percentile(values, 95), digits),
    'max ms': round(Math.max(...values), digits),
  };
}

/** One row of a result-to-pixels table. */
export function timingRow(measure: string, values: readonly number[]) {
  return { measure, results: values.length, ...timingColumns(values) };
}

/** The load average, for the verdict that says every figure grows with the machine's load. */
export function loadAverage(): string {
  return loadavg()
    .map((v) => v.toFixed(1))
    .join(', ');
}
