import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { NAV_ITEMS } from '../src/app/nav-items';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/chromium';
import { type Benchmark, type BenchTable, round } from './types';

/** `#/`, an exercise page and each tool that is built (read from the app's navigation). */
const ROUTES = [
  '/',
  '/exercises/getting-started',
  ...NAV_ITEMS.map((item) => item.href).filter((href) => href.startsWith('/tools/')),
];

const AIMS = { accessibility: 100, performance: 95, tbtMs: 150 };

/**
 * Lighthouse's default mobile profile (a mid-range phone on slow 4G: 4× CPU
 * slowdown, 150 ms round trips) is what the aims are set against; the
 * desktop profile is closer to a school laptop or a trainer's machine.
 */
const PROFILES = [
  { name: 'mobile (slow 4G, 4× CPU slowdown)', config: undefined },
  { name: 'desktop', config: desktopConfig },
] as const;

export const lighthouseBench: Benchmark = {
  name: 'lighthouse',
  description: 'Lighthouse for #/, an exercise page and each tool, mobile and desktop profiles',
  async run({ baseUrl }) {
    const chrome = await chromeLauncher.launch({
      chromePath: findChromium(),
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    const tables: BenchTable[] = [];
    try {
      for (const profile of PROFILES) {
        const rows: Record<string, string | number>[] = [];
        const verdicts: string[] = [];
        for (const route of ROUTES) {
          const url = `${baseUrl}#${route}`;
          const result = await lighthouse(
            url,
            {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance', 'accessibility', 'best-practices'],
            },
            profile.config,
          );
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
            'FCP ms': round(audit('first-contentful-paint'), 0),
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
        if (verdicts.length === 0) {
          verdicts.push(
            `every route meets the aims: accessibility ${AIMS.accessibility}, performance ≥ ${AIMS.performance}, TBT < ${AIMS.tbtMs} ms`,
          );
        }
        tables.push({ title: `Lighthouse, ${profile.name}`, rows, verdicts });
      }
    } finally {
      chrome.kill();
    }
    return tables;
  },
};
