import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Benchmark, median, round } from './types';

const JS_BUDGET_KB = 150;
const RUNS = 5;

/** The files a first visit must fetch before the app can run: entry script, its preloads, and CSS. */
export function initialAssets(distDir: string): { js: string[]; css: string[] } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const attr = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1] as string);
  const js = [
    ...attr(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...attr(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  const css = attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  return { js, css };
}

const gzipKb = (distDir: string, files: string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(join(distDir, file))).length, 0) / 1024;

export const bundleAndPaint: Benchmark = {
  name: 'bundle',
  description: 'initial JavaScript and CSS (gzip), and first/largest contentful paint of #/',
  async run({ distDir, baseUrl, launch }) {
    const { js, css } = initialAssets(distDir);
    const jsKb = gzipKb(distDir, js);
    const cssKb = gzipKb(distDir, css);

    const fcp: number[] = [];
    const lcp: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const session = await launch();
      await session.page.goto(`${baseUrl}#/`, { waitUntil: 'load' });
      await session.page.locator('h1').waitFor();
      const paint = await session.page.evaluate(
        () =>
          new Promise<{ fcp: number; lcp: number }>((resolve) => {
            let first = Number.NaN;
            let largest = Number.NaN;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntriesByName('first-contentful-paint'))
                first = entry.startTime;
            }).observe({ type: 'paint', buffered: true });
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) largest = entry.startTime;
            }).observe({ type: 'largest-contentful-paint', buffered: true });
            setTimeout(() => resolve({ fcp: first, lcp: largest }), 1000);
          }),
      );
      fcp.push(paint.fcp);
      lcp.push(paint.lcp);
      await session.close();
    }
    return [
      {
        title: 'Initial load of the production build',
        rows: [
          {
            measure: 'initial JavaScript (gzip)',
            value: round(jsKb),
            unit: 'KB',
            files: js.length,
          },
          { measure: 'initial CSS (gzip)', value: round(cssKb), unit: 'KB', files: css.length },
          {
            measure: `first contentful paint, median of ${RUNS}`,
            value: round(median(fcp), 0),
            unit: 'ms',
            files: '',
          },
          {
            measure: `largest contentful paint, median of ${RUNS}`,
            value: round(median(lcp), 0),
            unit: 'ms',
            files: '',
          },
        ],
        verdicts: [
          `initial JavaScript ${round(jsKb)} KB gzip ${jsKb <= JS_BUDGET_KB ? '≤' : '>'} budget ${JS_BUDGET_KB} KB: ${jsKb <= JS_BUDGET_KB ? 'OK' : 'OVER BUDGET'}`,
          `paint runs: FCP ${fcp.map((v) => round(v, 0)).join(', ')} ms; LCP ${lcp.map((v) => round(v, 0)).join(', ')} ms`,
        ],
      },
    ];
  },
};
