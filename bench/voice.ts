import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { serveSynthesisHarness } from '../tests/e2e/synthesis-harness/build-harness';
import { type Benchmark, median, percentile, round } from './types';

const PASSAGE =
  'Volcanoes form where magma rises through the crust. When pressure builds, the volcano erupts, and lava flows down its sides. Ash can fall many miles away, so people living nearby must be ready to leave their homes quickly.';
const RUNS = 3;

interface HarnessWindow {
  harness: {
    measureBuiltIn(
      text: string,
    ): Promise<{ loadMs: number; runs: { computeMs: number; audioS: number }[] }>;
    wordEvents: { offset: number; at: number }[];
    marks: { word: string; paintedAt: number }[];
  };
}

/** Time from a click on "Read aloud" to the first word event and to the first <mark>, and every word's highlight lag. */
async function readOnce(page: Page) {
  await page.evaluate(() => {
    const h = (window as unknown as HarnessWindow).harness;
    h.wordEvents.length = 0;
    h.marks.length = 0;
    document.addEventListener(
      'click',
      () => {
        (window as unknown as { clickedAt: number }).clickedAt = performance.now();
      },
      { capture: true, once: true },
    );
  });
  await page.getByRole('button', { name: 'Read aloud' }).click();
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await page.getByRole('button', { name: 'Read aloud' }).waitFor({ timeout: 120_000 });
  return page.evaluate(() => {
    const h = (window as unknown as HarnessWindow).harness;
    const clickedAt = (window as unknown as { clickedAt: number }).clickedAt;
    // Each paint of a new <mark> against the latest word event before it.
    const lags = h.marks.map((mark) => {
      const event = [...h.wordEvents].reverse().find((e) => e.at <= mark.paintedAt);
      return event ? mark.paintedAt - event.at : Number.NaN;
    });
    return {
      toFirstWordEvent: (h.wordEvents[0]?.at ?? Number.NaN) - clickedAt,
      toFirstMarkPaint: (h.marks[0]?.paintedAt ?? Number.NaN) - clickedAt,
      lags: lags.filter((lag) => !Number.isNaN(lag)),
      words: h.wordEvents.length,
    };
  });
}

export const voiceBench: Benchmark = {
  name: 'voice',
  description:
    'built-in espeak-ng voice: first load, synthesis speed, "Read aloud" to first word, highlight lag',
  async run({ distDir, launch }) {
    const inDir = (dir: string, pattern: RegExp) => {
      const found = readdirSync(join(distDir, dir)).find((f) => pattern.test(f));
      return found ? join(dir, found) : undefined;
    };
    const dataFile = inDir('espeak', /^voices-.*\.data$/);
    const workerFile = inDir('assets', /^espeak-worker-.*\.js$/);
    const size = (file?: string) => {
      if (!file) return { mb: Number.NaN, gzipMb: Number.NaN };
      const bytes = readFileSync(join(distDir, file));
      return {
        mb: round(statSync(join(distDir, file)).size / 1024 / 1024, 2),
        gzipMb: round(gzipSync(bytes).length / 1024 / 1024, 2),
      };
    };

    const harness = await serveSynthesisHarness();
    try {
      const loads: number[] = [];
      const speeds: number[] = [];
      const firstSpeeds: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const session = await launch();
        await session.page.goto(harness.url);
        const result = await session.page.evaluate(
          (text) => (window as unknown as HarnessWindow).harness.measureBuiltIn(text),
          PASSAGE,
        );
        loads.push(result.loadMs);
        const [first, ...warm] = result.runs;
        if (first) firstSpeeds.push(first.audioS / (first.computeMs / 1000));
        for (const run of warm) speeds.push(run.audioS / (run.computeMs / 1000));
        await session.close();
      }

      const cold: Awaited<ReturnType<typeof readOnce>>[] = [];
      const warm: Awaited<ReturnType<typeof readOnce>>[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const session = await launch();
        await session.page.goto(`${harness.url}?text=${encodeURIComponent(PASSAGE)}`);
        await session.page.getByRole('heading', { name: 'Reading panel' }).waitFor();
        cold.push(await readOnce(session.page));
        warm.push(await readOnce(session.page));
        await session.close();
      }
      const lags = [...cold, ...warm].flatMap((r) => r.lags);
      const data = size(dataFile);
      const worker = size(workerFile);
      return [
        {
          title: 'Built-in voice (espeak-ng, wasm2js, in a worker), served from localhost',
          rows: [
            {
              measure: 'voice data (espeak-ng, 21 voices)',
              value: data.mb,
              unit: `MB (${data.gzipMb} MB gzip)`,
            },
            {
              measure: 'voice code (worker)',
              value: worker.mb,
              unit: `MB (${worker.gzipMb} MB gzip)`,
            },
            {
              measure: `first load: code + data + start, median of ${RUNS}`,
              value: round(median(loads), 0),
              unit: 'ms',
            },
            {
              measure: 'synthesis speed, first sentence after load (median)',
              value: round(median(firstSpeeds), 1),
              unit: '× real time',
            },
            {
              measure: 'synthesis speed, warm (median)',
              value: round(median(speeds), 1),
              unit: '× real time',
            },
            {
              measure: '"Read aloud" → first word event, first use (median)',
              value: round(median(cold.map((r) => r.toFirstWordEvent)), 0),
              unit: 'ms',
            },
            {
              measure: '"Read aloud" → first word event, voice loaded (median)',
              value: round(median(warm.map((r) => r.toFirstWordEvent)), 0),
              unit: 'ms',
            },
            {
              measure: `highlight lag, word event → <mark> painted, median (${lags.length} words)`,
              value: round(median(lags), 1),
              unit: 'ms',
            },
            { measure: 'highlight lag, p95', value: round(percentile(lags, 95), 1), unit: 'ms' },
          ],
          verdicts: [
            `first-load runs: ${loads.map((v) => round(v, 0)).join(', ')} ms (localhost: a school network adds the download of ${data.mb} MB)`,
            `words per reading: ${cold.map((r) => r.words).join(', ')}`,
            `highlight lag p95 ${round(percentile(lags, 95), 1)} ms ${percentile(lags, 95) <= 50 ? '≤' : '>'} 50 ms (about 3 frames): ${percentile(lags, 95) <= 50 ? 'OK' : 'SLOW'}`,
          ],
        },
      ];
    } finally {
      await harness.close();
    }
  },
};
