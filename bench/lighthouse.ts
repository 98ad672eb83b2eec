import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { NAV_ITEMS } from '../src/app/nav-items';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/chromium';
import { type Benchmark, round } from './types';

/** `#/`, an exercise page and each tool that is built (read from the app's navigation). */
const ROUTES = [
  '/',
  '/exercises/getting-started',
  ...NAV_ITEMS.map((item) => item.href).filter((href) => href.startsWith('/tools/')),
];

const AIMS = { accessibility: 100, performance: 95, tbtMs: 150 };

export const lighthouseBench: Benchmark = {
  name: 'lighthouse',
  description: 'Lighthouse (mobile, simulated throttling) for #/, an exercise page and each tool',
  async run({ baseUrl }) {
    const chrome = await chromeLauncher.launch({
      chromePath: findChromium(),
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    const rows: Record<string, string | number>[] = [];
    const verdicts: string[] = [];
    try {
      for (const route of ROUTES) {
        const url = `${baseUrl}#${route}`;
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (lhr.runtimeError) {
          rows.push({ route, error: lhr.runtimeError.message });
          continue;
        }
        const score = (id: string) => round((lhr.categories[id]?.score ?? 0) * 100, 0);
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        const row = {
          route,
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best practices': score('best-practices'),
          'LCP ms': round(audit('largest-contentful-paint'), 0),
          'TBT ms': round(audit('total-blocking-time'), 0),
          CLS: round(audit('cumulative-layout-shift'), 3),
        };
        rows.push(row);
        const misses = [
          row.accessibility < AIMS.accessibility && `accessibility ${row.accessibility}`,
          row.performance < AIMS.performance && `performance ${row.performance}`,
          row['TBT ms'] >= AIMS.tbtMs && `TBT ${row['TBT ms']} ms`,
        ].filter(Boolean);
        if (misses.length) verdicts.push(`${route}: below aim (${misses.join(', ')})`);
        const failing = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
          .map((a) => a.id);
        if (failing.length) verdicts.push(`${route}: failing audits: ${failing.join(', ')}`);
      }
    } finally {
      await chrome.kill();
    }
    if (verdicts.length === 0) {
      verdicts.push(
        `every route meets the aims: accessibility ${AIMS.accessibility}, performance ≥ ${AIMS.performance}, TBT < ${AIMS.tbtMs} ms`,
      );
    }
    return [{ title: 'Lighthouse (mobile profile, simulated throttling)', rows, verdicts }];
  },
};
