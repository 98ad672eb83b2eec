import type { Page } from 'playwright-core';
import { measureSweep, sweepColumns, sweepVerdict } from './frame-sweep';
import { type Benchmark, type BenchTable, percentile, round } from './types';

const MOVE_SECONDS = 3;
/** "none" is the baseline the others are compared with (ratios survive a noisy machine). */
const CONDITIONS = ['none', 'blur', 'cataract', 'tunnel'] as const;
const SEVERITY_STEPS = 12; // 60%: 6/24 for blur, 8.5° for tunnel

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
        const sample = await measureSweep(page, page.locator('[data-vision-stage]'), {
          seconds: MOVE_SECONDS,
          throttle,
        });
        const p95 = percentile(sample.intervals, 95);
        if (condition === 'none') baseline = p95;
        rows.push({
          CPU: throttle === 1 ? 'normal' : `${throttle}× slower`,
          condition,
          ...sweepColumns(sample),
          'p95 vs none': round(p95 / baseline, 2),
        });
        if (throttle === 1 && condition !== 'none') verdicts.push(sweepVerdict(condition, sample));
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
