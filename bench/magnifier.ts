import type { Page } from 'playwright-core';
import { measureSweep, sweepColumns, sweepVerdict } from './frame-sweep';
import { type Benchmark, type BenchTable, round } from './types';

const MOVE_SECONDS = 5;

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
    let longestWait = 0;
    for (const throttle of [1, 4]) {
      for (const mode of ['Baseline', 'Lens', 'Full screen'] as const) {
        for (const zoom of mode === 'Baseline' ? [4] : [4, 16]) {
          const session = await launch({ viewport: { width: 1280, height: 900 } });
          const { page } = session;
          await setUp(page, baseUrl, mode, zoom);
          const target = {
            Lens: '.magnifier-lens .magnifier-copy',
            'Full screen': '.magnifier-mover',
            Baseline: '.magnifier-dock .magnifier-copy',
          }[mode];
          const area = mode === 'Full screen' ? '.magnifier-frame' : '.magnifier-scene';
          await page
            .locator('.magnifier-stage')
            .evaluate((el) => el.scrollIntoView({ block: 'start' }));
          const sample = await measureSweep(page, page.locator(area), {
            seconds: MOVE_SECONDS,
            throttle,
            watch: target,
          });
          longestWait = Math.max(longestWait, sample.serviceWorkerWaitMs);
          rows.push({
            CPU: throttle === 1 ? 'normal' : `${throttle}× slower`,
            mode: mode === 'Baseline' ? 'none (baseline)' : mode,
            zoom: mode === 'Baseline' ? '' : `${zoom}×`,
            ...sweepColumns(sample),
            'view updates per frame': round(sample.updates / Math.max(1, sample.frames), 2),
          });
          if (throttle === 1 && mode !== 'Baseline') {
            verdicts.push(sweepVerdict(`${mode} ${zoom}×`, sample));
          }
          if (session.errors.length) verdicts.push(`errors: ${session.errors.join('; ')}`);
          await session.close();
        }
      }
    }
    verdicts.push(
      `Each sweep began once the app's service worker had finished precaching (a fresh profile is a first visit): up to ${round(longestWait / 1000)} s after the tool was set up.`,
      'Headless Chromium with --disable-gpu paints in software; its frame clock is about 60 Hz but not tied to a display.',
      'Compare each mode with the baseline row of the same CPU setting: on a shared machine, other work moves every figure.',
    );
    return [{ title: 'Magnifier frame intervals while the pointer moves', rows, verdicts }];
  },
};
