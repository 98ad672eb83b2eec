import type { CDPSession, Page } from 'playwright-core';
import { type Benchmark, type BenchTable, median, percentile, round } from './types';

const MOVE_SECONDS = 5;
const FRAME_BUDGET_MS = 1000 / 60;
const LONG_TASK_LIMIT_MS = 50;

interface Sample {
  intervals: number[];
  longTasks: number[];
  /** Transform writes seen on the magnified content (one per frame at most, if coalescing works). */
  updates: number;
  frames: number;
  pointerEvents: number;
}

/** Starts recording in the page: rAF timestamps, long tasks, transform writes, pointer events. */
async function startRecording(page: Page, target: string): Promise<void> {
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.evaluate('window.__name = (f) => f');
  await page.evaluate((selector) => {
    const w = window as unknown as { __bench: Sample & { stop: boolean } };
    const data = {
      intervals: [],
      longTasks: [],
      updates: 0,
      frames: 0,
      pointerEvents: 0,
      stop: false,
    };
    w.__bench = data as unknown as Sample & { stop: boolean };
    let last = 0;
    const tick = (time: number) => {
      if (data.stop) return;
      if (last) (data.intervals as number[]).push(time - last);
      data.frames += 1;
      last = time;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (data.longTasks as number[]).push(entry.duration);
    }).observe({ type: 'longtask' });
    const content = document.querySelector(selector);
    if (content) {
      new MutationObserver((records) => {
        data.updates += records.length;
      }).observe(content, { attributes: true, attributeFilter: ['style'] });
    }
    document.addEventListener('pointermove', () => {
      data.pointerEvents += 1;
    });
  }, target);
}

/** Seconds the renderer's main thread has spent on tasks so far (DevTools protocol metrics). */
async function mainThreadSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
}

async function stopRecording(page: Page): Promise<Sample> {
  return page.evaluate(() => {
    const w = window as unknown as { __bench: Sample & { stop: boolean } };
    w.__bench.stop = true;
    return w.__bench;
  });
}

/** Sweeps the pointer over the box in a Lissajous path for the given time, as fast as CDP allows. */
async function sweep(page: Page, box: { x: number; y: number; width: number; height: number }) {
  const started = Date.now();
  let t = 0;
  while (Date.now() - started < MOVE_SECONDS * 1000) {
    t += 0.02;
    const x = box.x + box.width * (0.5 + 0.45 * Math.sin(t * 1.3));
    const y = box.y + box.height * (0.5 + 0.45 * Math.sin(t * 0.7));
    await page.mouse.move(x, y);
  }
}

type BenchMode = 'Lens' | 'Full screen' | 'Baseline';

async function setUp(page: Page, baseUrl: string, mode: BenchMode, zoom: number) {
  await page.goto(`${baseUrl}#/tools/magnifier`);
  await page.getByRole('radiogroup', { name: 'Magnifier mode' }).waitFor();
  if (mode === 'Baseline') {
    // The same page and pointer sweep with the magnifier idle: docked, not following the pointer.
    await page.getByRole('radio', { name: 'Docked' }).check();
    await page.getByRole('checkbox', { name: 'The mouse pointer' }).uncheck();
  } else {
    await page.getByRole('radio', { name: mode }).check();
  }
  const slider = page.getByRole('slider', { name: 'Zoom level' });
  await slider.focus();
  await page.keyboard.press('Home');
  // Increment 100%: each arrow press adds 1×.
  for (let level = 1; level < zoom; level += 1) await page.keyboard.press('ArrowRight');
  if ((await slider.getAttribute('aria-valuetext')) !== `${zoom}×`) {
    throw new Error(`Could not set the zoom to ${zoom}×.`);
  }
  await page.locator('body').focus();
}

export const magnifierBench: Benchmark = {
  name: 'magnifier',
  description: `pointer sweeps over the timetable for ${MOVE_SECONDS} s in lens and full screen at 4× and 16×, unthrottled and with the CPU slowed 4×`,
  async run({ baseUrl, launch }) {
    const rows: BenchTable['rows'] = [];
    const verdicts: string[] = [];
    for (const throttle of [1, 4]) {
      for (const mode of ['Baseline', 'Lens', 'Full screen'] as const) {
        for (const zoom of mode === 'Baseline' ? [4] : [4, 16]) {
          const session = await launch({ viewport: { width: 1280, height: 900 } });
          const { page } = session;
          await setUp(page, baseUrl, mode, zoom);
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
          const target = {
            Lens: '.magnifier-lens .magnifier-copy',
            'Full screen': '.magnifier-mover',
            Baseline: '.magnifier-dock .magnifier-copy',
          }[mode];
          const area = mode === 'Full screen' ? '.magnifier-frame' : '.magnifier-scene';
          await page
            .locator('.magnifier-stage')
            .evaluate((el) => el.scrollIntoView({ block: 'start' }));
          const box = await page.locator(area).boundingBox();
          if (!box) throw new Error(`No ${area} on the page.`);
          const visible = {
            x: box.x,
            y: Math.max(box.y, 0),
            width: box.width,
            height: Math.min(box.height, 900 - Math.max(box.y, 0)),
          };
          await page.mouse.move(visible.x + 10, visible.y + 10);
          await cdp.send('Performance.enable');
          const busyBefore = await mainThreadSeconds(cdp);
          const started = Date.now();
          await startRecording(page, target);
          await sweep(page, visible);
          const sample = await stopRecording(page);
          const busy = (await mainThreadSeconds(cdp)) - busyBefore;
          const wall = (Date.now() - started) / 1000;
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
          const p95 = percentile(sample.intervals, 95);
          const longest = Math.max(0, ...sample.longTasks);
          rows.push({
            CPU: throttle === 1 ? 'normal' : `${throttle}× slower`,
            mode: mode === 'Baseline' ? 'none (baseline)' : mode,
            zoom: mode === 'Baseline' ? '' : `${zoom}×`,
            frames: sample.frames,
            'median frame (ms)': round(median(sample.intervals)),
            'p95 frame (ms)': round(p95),
            'long tasks': sample.longTasks.length,
            'longest task (ms)': round(longest, 0),
            'main thread busy (%)': round((busy / wall) * 100, 0),
            'pointer events': sample.pointerEvents,
            'view updates per frame': round(sample.updates / Math.max(1, sample.frames), 2),
          });
          if (throttle === 1 && mode !== 'Baseline') {
            verdicts.push(
              `${mode} ${zoom}×: p95 ${round(p95)} ms ${p95 <= FRAME_BUDGET_MS + 0.5 ? '≤' : '>'} 16.7 ms, longest task ${round(longest, 0)} ms ${longest <= LONG_TASK_LIMIT_MS ? '≤' : '>'} 50 ms: ${p95 <= FRAME_BUDGET_MS + 0.5 && longest <= LONG_TASK_LIMIT_MS ? 'OK' : 'OVER'}`,
            );
          }
          if (session.errors.length) verdicts.push(`errors: ${session.errors.join('; ')}`);
          await session.close();
        }
      }
    }
    verdicts.push(
      'Headless Chromium with --disable-gpu paints in software; its frame clock is about 60 Hz but not tied to a display.',
      'Compare each mode with the baseline row of the same CPU setting: on a shared machine, other work moves every figure.',
    );
    return [{ title: 'Magnifier frame intervals while the pointer moves', rows, verdicts }];
  },
};
