import type { CDPSession, Page } from 'playwright-core';
import { type Benchmark, type BenchTable, median, percentile, round } from './types';

const MOVE_SECONDS = 3;
const FRAME_BUDGET_MS = 1000 / 60;
const LONG_TASK_LIMIT_MS = 50;
/** "none" is the baseline the others are compared with (ratios survive a noisy machine). */
const CONDITIONS = ['none', 'blur', 'cataract', 'tunnel'] as const;
const SEVERITY_STEPS = 12; // 60%: 6/24 for blur, 8.5° for tunnel

interface Sample {
  intervals: number[];
  longTasks: number[];
  frames: number;
  pointerEvents: number;
}

async function startRecording(page: Page): Promise<void> {
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.evaluate('window.__name = (f) => f');
  await page.evaluate(() => {
    const data = {
      intervals: [] as number[],
      longTasks: [] as number[],
      frames: 0,
      pointerEvents: 0,
      stop: false,
    };
    (window as unknown as { __visionBench: typeof data }).__visionBench = data;
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
    document.addEventListener('pointermove', () => {
      data.pointerEvents += 1;
    });
  });
}

async function stopRecording(page: Page): Promise<Sample> {
  return page.evaluate(() => {
    const w = window as unknown as { __visionBench: Sample & { stop: boolean } };
    w.__visionBench.stop = true;
    return w.__visionBench;
  });
}

async function mainThreadSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
}

/** Moves the pointer over the box in a Lissajous path for MOVE_SECONDS, as fast as CDP allows. */
async function sweep(page: Page, box: { x: number; y: number; width: number; height: number }) {
  const started = Date.now();
  let t = 0;
  while (Date.now() - started < MOVE_SECONDS * 1000) {
    t += 0.02;
    await page.mouse.move(
      box.x + box.width * (0.5 + 0.45 * Math.sin(t * 1.3)),
      box.y + box.height * (0.5 + 0.45 * Math.sin(t * 0.7)),
    );
  }
}

async function setUp(page: Page, baseUrl: string, condition: string) {
  await page.goto(`${baseUrl}#/tools/vision`);
  await page.getByRole('combobox', { name: 'Simulated condition' }).waitFor();
  await page.getByRole('combobox', { name: 'Practice scene' }).selectOption('timetable');
  await page.getByRole('combobox', { name: 'Simulated condition' }).selectOption(condition);
  const slider = page.getByRole('slider', { name: 'Severity' });
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < SEVERITY_STEPS; i += 1) await page.keyboard.press('ArrowRight');
  await page.locator('body').focus();
  await page.locator('[data-vision-stage]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

export const visionBench: Benchmark = {
  name: 'vision',
  description: `pointer sweeps over the timetable for ${MOVE_SECONDS} s under no simulation, blur, cataract and tunnel vision (severity 60%), unthrottled and with the CPU slowed 4×`,
  async run({ baseUrl, launch }) {
    const rows: BenchTable['rows'] = [];
    const verdicts: string[] = [];
    for (const throttle of [1, 4]) {
      let baseline = Number.NaN;
      for (const condition of CONDITIONS) {
        const session = await launch({ viewport: { width: 1280, height: 900 } });
        const { page } = session;
        await setUp(page, baseUrl, condition);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        const box = await page.locator('[data-vision-stage]').boundingBox();
        if (!box) throw new Error('No vision stage on the page.');
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
        await startRecording(page);
        await sweep(page, visible);
        const sample = await stopRecording(page);
        const busy = (await mainThreadSeconds(cdp)) - busyBefore;
        const wall = (Date.now() - started) / 1000;
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        const med = median(sample.intervals);
        const p95 = percentile(sample.intervals, 95);
        const longest = Math.max(0, ...sample.longTasks);
        if (condition === 'none') baseline = p95;
        rows.push({
          CPU: throttle === 1 ? 'normal' : `${throttle}× slower`,
          condition,
          frames: sample.frames,
          'median frame (ms)': round(med),
          'p95 frame (ms)': round(p95),
          'p95 vs none': round(p95 / baseline, 2),
          'long tasks': sample.longTasks.length,
          'longest task (ms)': round(longest, 0),
          'main thread busy (%)': round((busy / wall) * 100, 0),
          'pointer events': sample.pointerEvents,
        });
        if (throttle === 1 && condition !== 'none') {
          const ok = p95 <= FRAME_BUDGET_MS + 0.5 && longest <= LONG_TASK_LIMIT_MS;
          verdicts.push(
            `${condition}: p95 ${round(p95)} ms ${p95 <= FRAME_BUDGET_MS + 0.5 ? '≤' : '>'} 16.7 ms, longest task ${round(longest, 0)} ms ${longest <= LONG_TASK_LIMIT_MS ? '≤' : '>'} 50 ms: ${ok ? 'OK' : 'OVER'}`,
          );
        }
        if (session.errors.length) verdicts.push(`errors: ${session.errors.join('; ')}`);
        await session.close();
      }
    }
    verdicts.push(
      'Headless Chromium with --disable-gpu filters and paints in software; a GPU does blur and masks far faster.',
    );
    return [
      {
        title: 'Vision simulator frame intervals while the pointer moves over the timetable',
        rows,
        verdicts,
      },
    ];
  },
};
