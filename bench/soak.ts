// npm run soak [-- --minutes 30 --pages 50 --sample-seconds 5]
//
// The soak test of issue 6, outside `npm test`: against the production build served on
// localhost, in headless Chromium,
//   (a) dictation: N minutes of scripted speech through the app's real Web Speech adapter
//       (interim then final results, spoken commands, Chrome's unexpected `end`s and
//       "no-speech"), checking at every checkpoint and after a reload that the "Dictated text"
//       box holds exactly what the app's own grammar gives for the same phrases;
//   (b) OCR: M shipped sample pages in a row through /tools/read-aloud, each checked against
//       its known text (character error rate bound);
// sampling memory all along (the page's JS heap through CDP, and the proportional set size
// of every Chromium process from /proc). Prints the curves and saves bench/results/soak-*.json.
// Exits 1 if anything was lost, a check failed, or memory kept growing.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
// @ts-expect-error: plain JavaScript module shared with `npm start`
import { startServer } from '../scripts/serve.mjs';
import { applyPhrase, createDoc, type DictationDoc } from '../src/features/dictation/grammar';
import { characterErrorRate } from '../src/features/read-aloud/ocr-accuracy';
import { SAMPLE_WORKSHEETS } from '../src/features/read-aloud/samples';
import { launch, type Session } from '../tests/e2e/support/chromium';
import {
  type ScriptedResult,
  scriptedRecognitionScript,
} from '../tests/e2e/support/scripted-recognition';
import { printTable } from './types';

// ---- Options -------------------------------------------------------------------------------

const { values: options } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    pages: { type: 'string', default: '50' },
    'sample-seconds': { type: 'string', default: '5' },
    seed: { type: 'string', default: '6' },
    /** Print the report of a saved run again (with this version's verdicts) instead of running. */
    from: { type: 'string' },
  },
});
const MINUTES = Number(options.minutes);
const PAGES = Number(options.pages);
const SAMPLE_SECONDS = Number(options['sample-seconds']);
if (!(MINUTES >= 0) || !(PAGES >= 0) || !(SAMPLE_SECONDS > 0)) {
  console.error('Usage: npm run soak -- [--minutes 30] [--pages 50] [--sample-seconds 5]');
  process.exit(2);
}

const ROOT = join(import.meta.dirname, '..');
const SAMPLES_DIR = join(ROOT, 'public', 'samples');
const MB = 1024 * 1024;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small seeded generator (mulberry32), so every run speaks the same script. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- Memory --------------------------------------------------------------------------------

interface ProcessMemory {
  pid: number;
  type: string;
  pssMB: number;
  /** Private memory (Private_Clean + Private_Dirty): unaffected by other browsers sharing libraries. */
  ussMB: number;
  rssMB: number;
}

function readProc(pid: number, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
}

/** Every Chromium process started by this script: descendants of this Node process. */
function chromiumProcesses(): ProcessMemory[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = /^PPid:\s+(\d+)/m.exec(readProc(Number(entry), 'status'))?.[1];
    if (ppid) parents.set(Number(entry), Number(ppid));
  }
  const mine = new Set<number>([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!mine.has(pid) && mine.has(ppid)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  const found: ProcessMemory[] = [];
  for (const pid of mine) {
    if (pid === process.pid) continue;
    // The browser keeps its arguments apart; its children rewrite theirs as one spaced line.
    const cmdline = readProc(pid, 'cmdline');
    if (!/chrom/i.test(cmdline.split(/[\0 ]/)[0] ?? '')) continue;
    const type = /--type=([\w-]+)/.exec(cmdline)?.[1] ?? 'browser';
    const utility = /--utility-sub-type=([\w.]+)/.exec(cmdline)?.[1]?.split('.').pop();
    const kb = (text: string, field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
    const rollup = readProc(pid, 'smaps_rollup');
    const pss = kb(rollup, 'Pss');
    const rss = kb(readProc(pid, 'status'), 'VmRSS');
    if (!rss) continue; // the shell launcher, or gone
    found.push({
      pid,
      type: utility ? `${type}:${utility}` : type,
      pssMB: round(pss / 1024),
      ussMB: round((kb(rollup, 'Private_Clean') + kb(rollup, 'Private_Dirty')) / 1024),
      rssMB: round(rss / 1024),
    });
  }
  return found.sort((a, b) => a.pid - b.pid);
}

interface Sample {
  /** Seconds since the phase began, or the page number for OCR. */
  at: number;
  /** JS heap in use in the page, as sampled (garbage included). */
  heapMB: number;
  /** JS heap in use right after a full garbage collection: what the page really holds. */
  liveHeapMB?: number;
  domNodes: number;
  listeners: number;
  /** Sum of the proportional set size of every Chromium process (shared pages split). */
  browserPssMB: number;
  /** The renderer(s) alone: the page, its workers (OCR) and their WebAssembly memory. */
  rendererPssMB: number;
  /** Private memory (USS) of every Chromium process, and of the renderer(s). */
  browserUssMB?: number;
  rendererUssMB?: number;
  processes: number;
  /** PSS by process type (browser, renderer, gpu-process, utility:NetworkService…). */
  byType: Record<string, number>;
}

async function sample(cdp: CDPSession, at: number, collect: boolean): Promise<Sample> {
  const metrics = async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(list.map((m) => [m.name, m.value])) as Record<string, number>;
  };
  const raw = await metrics();
  let live: Record<string, number> | undefined;
  if (collect) {
    await cdp.send('HeapProfiler.collectGarbage');
    live = await metrics();
  }
  const processes = chromiumProcesses();
  const sum = (list: ProcessMemory[]) => round(list.reduce((total, p) => total + p.pssMB, 0));
  return {
    at,
    heapMB: round((raw.JSHeapUsedSize ?? 0) / MB, 2),
    ...(live ? { liveHeapMB: round((live.JSHeapUsedSize ?? 0) / MB, 2) } : {}),
    domNodes: (live ?? raw).Nodes ?? 0,
    listeners: (live ?? raw).JSEventListeners ?? 0,
    browserPssMB: sum(processes),
    rendererPssMB: sum(processes.filter((p) => p.type === 'renderer')),
    browserUssMB: round(processes.reduce((total, p) => total + p.ussMB, 0)),
    rendererUssMB: round(
      processes.filter((p) => p.type === 'renderer').reduce((total, p) => total + p.ussMB, 0),
    ),
    processes: processes.length,
    byType: processes.reduce<Record<string, number>>((all, p) => {
      all[p.type] = round((all[p.type] ?? 0) + p.pssMB);
      return all;
    }, {}),
  };
}

async function openCdp(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');
  return cdp;
}

// ---- Curves and verdicts -------------------------------------------------------------------

const BARS = '▁▂▃▄▅▆▇█';

function sparkline(values: number[], width = 60): string {
  if (values.length === 0) return '';
  const step = Math.max(1, values.length / width);
  const points: number[] = [];
  for (let i = 0; i < values.length; i += step) points.push(values[Math.floor(i)] as number);
  const low = Math.min(...points);
  const high = Math.max(...points);
  const span = high - low || 1;
  return points
    .map((v) => BARS[Math.min(BARS.length - 1, Math.floor(((v - low) / span) * BARS.length))])
    .join('');
}

/** Least-squares slope of y over x. */
function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i += 1) {
    num += ((xs[i] as number) - mx) * ((ys[i] as number) - my);
    den += ((xs[i] as number) - mx) ** 2;
  }
  return den ? num / den : 0;
}

interface Curve {
  name: string;
  unit: string;
  first: number;
  peak: number;
  last: number;
  /** Least-squares growth per unit of x (per minute, or per page) over the second half. */
  secondHalfSlope: number;
  /** Median of the last quarter of the run minus the median of the third quarter. */
  lateGrowthMB: number;
  /** Allowed late growth. */
  allowanceMB: number;
  bounded: boolean;
  sparkline: string;
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Bounded: the curve has levelled off by the end. The median of the last quarter of the run
 * is no more than 5 MB or 5% of the peak (whichever is larger) above the median of the third
 * quarter, plus `legitimateMB`,
 * memory the work itself should hold (such as a longer dictated text). Medians, not a fitted
 * line, because Chromium's process memory jumps between two levels for minutes at a time
 * (a line through such steps says "growing" when nothing grows). A leak of a few hundred kB
 * per phrase or page shows up far beyond the allowance.
 */
function curve(name: string, unit: string, xs: number[], ys: number[], legitimateMB = 0): Curve {
  const n = ys.length;
  const q = (from: number, to: number) => ys.slice(Math.floor(n * from), Math.ceil(n * to));
  const late = n >= 4 ? medianOf(q(0.75, 1)) - medianOf(q(0.5, 0.75)) : 0;
  const half = Math.floor(n / 2);
  const peak = Math.max(...ys);
  const allowance = Math.max(5, 0.05 * peak) + legitimateMB;
  return {
    name,
    unit,
    first: ys[0] ?? 0,
    peak: round(peak),
    last: ys[n - 1] ?? 0,
    secondHalfSlope: round(slope(xs.slice(half), ys.slice(half)), 3),
    lateGrowthMB: round(late, 2),
    allowanceMB: round(allowance, 1),
    bounded: late <= allowance,
    sparkline: sparkline(ys),
  };
}

/** Runs saved before private memory was recorded have PSS only. */
const uss = (samples: Sample[]) => samples.every((s) => s.rendererUssMB !== undefined);

function dictationCurves(report: DictationReport): Curve[] {
  // Memory the work should legitimately hold: the text, up to 50 voice-undo snapshots of it
  // (UTF-16, so 2 bytes a character), React's copy and the textarea's own.
  const legitimateMB = (report.finalTextChars * 2 * 53) / MB;
  const minutesOf = (list: Sample[]) => list.map((s) => s.at / 60);
  const collected = report.samples.filter((s) => s.liveHeapMB !== undefined);
  return [
    curve(
      'Page JS heap after GC',
      'minute',
      minutesOf(collected),
      collected.map((s) => s.liveHeapMB as number),
      legitimateMB,
    ),
    curve(
      uss(report.samples) ? 'Renderer private memory' : 'Renderer PSS',
      'minute',
      minutesOf(report.samples),
      report.samples.map((s) => s.rendererUssMB ?? s.rendererPssMB),
      legitimateMB,
    ),
    curve(
      uss(report.samples) ? 'Whole browser private memory' : 'Whole browser PSS',
      'minute',
      minutesOf(report.samples),
      report.samples.map((s) => s.browserUssMB ?? s.browserPssMB),
      legitimateMB,
    ),
  ];
}

function ocrCurves(report: OcrReport): Curve[] {
  const after = report.samples.slice(1);
  const pages = after.map((s) => s.at);
  return [
    curve(
      'Page JS heap after GC',
      'page',
      pages,
      after.map((s) => s.liveHeapMB as number),
    ),
    curve(
      uss(after)
        ? 'Renderer private memory (page + OCR worker)'
        : 'Renderer PSS (page + OCR worker)',
      'page',
      pages,
      after.map((s) => s.rendererUssMB ?? s.rendererPssMB),
    ),
    curve(
      uss(after) ? 'Whole browser private memory' : 'Whole browser PSS',
      'page',
      pages,
      after.map((s) => s.browserUssMB ?? s.browserPssMB),
    ),
  ];
}

function printCurves(curves: Curve[]): void {
  for (const c of curves) {
    console.log(
      `${c.name}: first ${c.first} MB, peak ${c.peak} MB, last ${c.last} MB; last quarter ` +
        `${c.lateGrowthMB} MB above the third (allowed ${c.allowanceMB} MB); second-half ` +
        `slope ${c.secondHalfSlope} MB per ${c.unit}: ${c.bounded ? 'BOUNDED' : 'GROWING'}`,
    );
    console.log(`  ${c.sparkline}`);
  }
}

// ---- (a) Dictation -------------------------------------------------------------------------

/** School-day things to dictate. None is the start of another, so no phrase looks like a replay. */
const FRAGMENTS = [
  'the children planted beans in the school garden',
  'our class visited the museum on Tuesday',
  'please bring your reading record every Monday',
  'photosynthesis is how plants make their food',
  'the Romans built long straight roads across Britain',
  'I think the character felt lonely at first',
  'we measured the temperature of the water every hour',
  'Year 6 will perform the play before half term',
  'a noun is a naming word',
  'my favourite part of the story was the ending',
  'the river flows from the hills down to the sea',
  'remember to show your working in maths',
  'sound travels as vibrations through the air',
  'after lunch we practised our spellings',
  'the Victorians had very strict schools',
  'parents evening is on Thursday after school',
  'the fox crept quietly through the dark wood',
  'multiply both numbers and then add ten',
  'volcanoes erupt when pressure builds up underground',
  'she opened the old wooden box very slowly',
  'the magnet attracted the paper clips but not the coins',
  'our team won the football match by two goals',
  'write three sentences about your weekend',
  'the caterpillar turned into a beautiful butterfly',
];

/** Spoken endings: punctuation and layout commands, or nothing. */
const ENDINGS = [
  'full stop',
  'full stop',
  'full stop',
  'comma',
  'question mark',
  'full stop new paragraph',
  'full stop new line',
  'exclamation mark',
  '',
];

/** What the app's adapter should hand the grammar, in order: the expected text follows from it. */
interface Expected {
  doc: DictationDoc;
  phrases: number;
  words: number;
  commands: number;
}

const key = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');
const wordsOf = (text: string) => text.trim().split(/\s+/u).filter(Boolean);

/** True if `text` starts with all of `prefix`'s words: the app's replay filter would strip them. */
function startsWithWords(text: string, prefix: string): boolean {
  const head = wordsOf(prefix).map(key);
  const all = wordsOf(text).map(key);
  return head.length > 0 && all.length >= head.length && head.every((w, i) => all[i] === w);
}

interface DictationReport {
  minutes: number;
  phrases: number;
  wordsSpoken: number;
  commandsSpoken: number;
  unexpectedEnds: number;
  midSentenceEnds: number;
  noSpeechErrors: number;
  recognitionStarts: number;
  finalTextChars: number;
  finalTextWords: number;
  checkpoints: { minute: number; ok: boolean; chars: number; firstDifferenceAt?: number }[];
  lostOrChanged: string[];
  restoredAfterReload: boolean;
  samples: Sample[];
  curves: Curve[];
}

async function soakDictation(baseUrl: string, minutes: number): Promise<DictationReport> {
  const session = await launch({
    initScripts: [scriptedRecognitionScript({ availability: 'unavailable' })],
    args: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
  });
  const { page } = session;
  const textbox = page.getByRole('textbox', { name: 'Dictated text' });
  const rand = random(Number(options.seed));
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const report: DictationReport = {
    minutes,
    phrases: 0,
    wordsSpoken: 0,
    commandsSpoken: 0,
    unexpectedEnds: 0,
    midSentenceEnds: 0,
    noSpeechErrors: 0,
    recognitionStarts: 0,
    finalTextChars: 0,
    finalTextWords: 0,
    checkpoints: [],
    lostOrChanged: [],
    restoredAfterReload: false,
    samples: [],
    curves: [],
  };
  try {
    await page.goto(`${baseUrl}#/tools/dictation`);
    await page.getByRole('heading', { level: 1, name: 'Dictation' }).waitFor();
    const cdp = await openCdp(page);
    await page.getByRole('button', { name: 'Start dictation' }).click();
    const consent = page.getByRole('button', { name: 'Continue' });
    await Promise.race([
      consent.waitFor({ timeout: 5000 }).catch(() => {}),
      page.getByRole('button', { name: 'Stop dictation' }).waitFor({ timeout: 5000 }),
    ]);
    if (await consent.isVisible()) await consent.click();
    await page.getByRole('button', { name: 'Stop dictation' }).waitFor();
    const running = () => page.evaluate(() => window.__speech.running);
    for (let i = 0; i < 100 && !(await running()); i += 1) await sleep(50);

    const expected: Expected = { doc: createDoc(), phrases: 0, words: 0, commands: 0 };
    const feed = (phrase: string) => {
      expected.doc = applyPhrase(expected.doc, phrase, 'en-GB').doc;
      expected.phrases += 1;
    };
    /** Finals delivered in this recognition session, as Chrome lists them in each event. */
    let sessionFinals: ScriptedResult[] = [];
    let sessionSaid: string[] = [];
    const send = (list: ScriptedResult[], index: number) =>
      page.evaluate(([l, i]) => window.__speech.results(l, i), [list, index] as const);
    const endSession = async () => {
      const before = await page.evaluate(() => window.__speech.starts.length);
      await page.evaluate(() => window.__speech.end());
      for (let i = 0; i < 200; i += 1) {
        if ((await page.evaluate(() => window.__speech.starts.length)) > before) break;
        await sleep(25);
      }
      sessionFinals = [];
      sessionSaid = [];
    };

    const started = Date.now();
    const elapsed = () => (Date.now() - started) / 1000;
    const durationS = minutes * 60;
    let nextSample = 0;
    let nextCheckpoint = 60;
    let nextEnd = 45 + rand() * 30;
    let nextNoSpeech = 50 + rand() * 60;
    let lastPhrase = '';

    const checkpoint = async (minute: number) => {
      const actual = await textbox.inputValue();
      const want = expected.doc.text;
      const ok = actual === want;
      let firstDifferenceAt: number | undefined;
      if (!ok) {
        let i = 0;
        while (i < actual.length && actual[i] === want[i]) i += 1;
        firstDifferenceAt = i;
        report.lostOrChanged.push(
          `minute ${minute}: at character ${i}, expected "${want.slice(i, i + 60)}" but the box has "${actual.slice(i, i + 60)}"`,
        );
      }
      report.checkpoints.push({
        minute,
        ok,
        chars: actual.length,
        ...(firstDifferenceAt === undefined ? {} : { firstDifferenceAt }),
      });
      console.log(
        `  dictation ${minute.toFixed(1)} min: ${expected.phrases} phrases, ${actual.length} characters, ${ok ? 'text exact' : 'TEXT DIFFERS'}`,
      );
    };

    while (elapsed() < durationS) {
      if (elapsed() >= nextSample) {
        const at = round(elapsed(), 1);
        // A full collection every sixth sample: what the page holds, not garbage awaiting GC.
        const collect = report.samples.length % 6 === 0;
        report.samples.push(await sample(cdp, at, collect));
        nextSample += SAMPLE_SECONDS;
      }
      if (elapsed() >= nextCheckpoint) {
        await checkpoint(nextCheckpoint / 60);
        nextCheckpoint += 60;
      }

      // Chrome ends a session after about a minute, or after a few seconds of silence.
      if (elapsed() >= nextEnd) {
        report.unexpectedEnds += 1;
        nextEnd = elapsed() + 40 + rand() * 35;
        await endSession();
      }
      if (elapsed() >= nextNoSpeech) {
        // "no-speech" then `end`: the adapter carries on. Something is heard first, so the
        // session does not count as a failed start.
        report.noSpeechErrors += 1;
        nextNoSpeech = elapsed() + 240 + rand() * 120;
        const before = await page.evaluate(() => window.__speech.starts.length);
        await page.evaluate(() => window.__speech.error('no-speech'));
        for (let i = 0; i < 200; i += 1) {
          if ((await page.evaluate(() => window.__speech.starts.length)) > before) break;
          await sleep(25);
        }
        sessionFinals = [];
        sessionSaid = [];
      }

      // Choose what to say next: a fragment with a spoken ending, or now and then a correction.
      let phrase: string;
      const roll = rand();
      if (roll < 0.05 && lastPhrase) phrase = 'delete that';
      else if (roll < 0.07 && lastPhrase) phrase = 'undo that';
      else {
        const ending = pick(ENDINGS);
        phrase = `${pick(FRAGMENTS)}${ending ? ` ${ending}` : ''}`;
      }
      // The replay filter reads a final that starts with the whole session so far as a repeat
      // (Chrome on Android does that): a real person would not say it, so neither does the script.
      if (sessionSaid.length && startsWithWords(phrase, sessionSaid.join(' '))) continue;
      lastPhrase = phrase;
      const words = wordsOf(phrase);
      report.phrases += 1;
      report.wordsSpoken += words.length;
      report.commandsSpoken += applyPhrase(createDoc(), phrase, 'en-GB').commands.length;

      // Interim guesses grow word by word (every few words), then the final arrives.
      const index = sessionFinals.length;
      const cut = words.length > 3 ? 1 + Math.floor(rand() * (words.length - 1)) : 0;
      const midSentenceEnd = cut > 0 && rand() < 0.02;
      for (let n = 2; n < words.length; n += 3) {
        if (midSentenceEnd && n > cut) break;
        await send([...sessionFinals, { t: words.slice(0, n).join(' ') }], index);
        await sleep(200);
      }
      if (midSentenceEnd) {
        // Chrome ends mid-sentence: the app keeps the interim words, and the next session
        // repeats them at the start of its first final; the app must not double them.
        const shown = words.slice(0, Math.min(cut, words.length)).join(' ');
        await send([...sessionFinals, { t: shown }], index);
        report.midSentenceEnds += 1;
        report.unexpectedEnds += 1;
        await endSession();
        feed(shown);
        const rest = words.slice(Math.min(cut, words.length)).join(' ');
        await send([{ t: phrase, final: true }], 0);
        sessionFinals = [{ t: phrase, final: true }];
        sessionSaid = [rest];
        if (rest) feed(rest);
      } else {
        const final: ScriptedResult = { t: phrase, final: true };
        await send([...sessionFinals, final], index);
        sessionFinals.push(final);
        sessionSaid.push(phrase);
        feed(phrase);
      }
      await sleep(800 + rand() * 1200);
    }

    await checkpoint(round(elapsed() / 60, 2));
    report.samples.push(await sample(cdp, round(elapsed(), 1), true));
    report.recognitionStarts = await page.evaluate(() => window.__speech.starts.length);
    await page.getByRole('button', { name: 'Stop dictation' }).click();
    await page.getByRole('button', { name: 'Start dictation' }).waitFor();

    // Reload: the text comes back from storage, exactly.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Dictation' }).waitFor();
    let restored = '';
    for (let i = 0; i < 100; i += 1) {
      restored = await textbox.inputValue();
      if (restored === expected.doc.text) break;
      await sleep(100);
    }
    report.restoredAfterReload = restored === expected.doc.text;
    if (!report.restoredAfterReload) {
      report.lostOrChanged.push(
        `after reload the box has ${restored.length} characters; expected ${expected.doc.text.length}`,
      );
    }
    report.finalTextChars = expected.doc.text.length;
    report.finalTextWords = wordsOf(expected.doc.text).length;
    if (session.errors.length) report.lostOrChanged.push(...session.errors.map((e) => `page ${e}`));
    if (session.offsiteRequests.length)
      report.lostOrChanged.push(`requests beyond localhost: ${session.offsiteRequests.join(', ')}`);

    report.curves = dictationCurves(report);
  } finally {
    await session.close();
  }
  return report;
}

// ---- (b) OCR -------------------------------------------------------------------------------

/** The bounds tests/unit/ocr-real.test.ts holds tesseract.js to, on the same samples. */
const CER_BOUNDS: Record<string, number> = {
  'clean-worksheet': 0.01,
  'phone-photo': 0.08,
  'two-columns': 0.65,
  'table-headings': 0.02,
};
/** Never two pages of the same worksheet in a row, so each page's text is new. */
const ORDER = ['clean-worksheet', 'two-columns', 'phone-photo', 'table-headings'];

interface OcrReport {
  pages: number;
  results: { page: number; sample: string; cer: number; ok: boolean; seconds: number }[];
  failures: string[];
  restoredAfterReload: boolean;
  samples: Sample[];
  curves: Curve[];
}

async function soakOcr(baseUrl: string, pages: number): Promise<OcrReport> {
  const session: Session = await launch();
  const { page } = session;
  const report: OcrReport = {
    pages,
    results: [],
    failures: [],
    restoredAfterReload: false,
    samples: [],
    curves: [],
  };
  const textbox = page.getByRole('textbox', { name: 'Recognised text' });
  try {
    await page.goto(`${baseUrl}#/tools/read-aloud`);
    await page.locator('h1').first().waitFor();
    const cdp = await openCdp(page);
    report.samples.push(await sample(cdp, 0, true));
    const list = page.getByRole('list', { name: 'Sample worksheets' });
    let lastText = '';
    for (let n = 1; n <= pages; n += 1) {
      const id = ORDER[(n - 1) % ORDER.length] as string;
      const worksheet = SAMPLE_WORKSHEETS.find((s) => s.id === id);
      if (!worksheet) throw new Error(`No sample called ${id}`);
      const known = readFileSync(join(SAMPLES_DIR, `${id}.txt`), 'utf8');
      const began = Date.now();
      await list.getByRole('button', { name: worksheet.title }).click();
      await page.getByRole('progressbar').first().waitFor({ timeout: 15_000 });
      await page.getByRole('progressbar').first().waitFor({ state: 'detached', timeout: 180_000 });
      let text = '';
      let cer = 1;
      for (let i = 0; i < 100; i += 1) {
        text = await textbox.inputValue().catch(() => '');
        cer = characterErrorRate(text, known);
        if (cer <= (CER_BOUNDS[id] ?? 0)) break;
        await sleep(100);
      }
      const seconds = round((Date.now() - began) / 1000, 2);
      const ok = cer <= (CER_BOUNDS[id] ?? 0);
      if (!ok) report.failures.push(`page ${n} (${id}): character error rate ${round(cer, 3)}`);
      report.results.push({ page: n, sample: id, cer: round(cer, 4), ok, seconds });
      lastText = text;
      report.samples.push(await sample(cdp, n, true));
      const s = report.samples[report.samples.length - 1] as Sample;
      console.log(
        `  OCR page ${n} ${id}: CER ${round(cer, 3)} ${ok ? 'ok' : 'TOO HIGH'}, ${seconds} s, heap ${s.liveHeapMB} MB, renderer ${s.rendererUssMB} MB private, ${s.rendererPssMB} MB PSS`,
      );
    }
    // Reload: the last page's text comes back from storage.
    await page.reload();
    await page.locator('h1').first().waitFor();
    let restored = '';
    for (let i = 0; i < 100; i += 1) {
      restored = await textbox.inputValue().catch(() => '');
      if (restored === lastText) break;
      await sleep(100);
    }
    report.restoredAfterReload = pages === 0 || restored === lastText;
    if (!report.restoredAfterReload) report.failures.push('the recognised text was not restored');
    if (session.errors.length) report.failures.push(...session.errors.map((e) => `page ${e}`));
    if (session.offsiteRequests.length)
      report.failures.push(`requests beyond localhost: ${session.offsiteRequests.join(', ')}`);
    report.curves = ocrCurves(report);
  } finally {
    await session.close();
  }
  return report;
}

// ---- Run -----------------------------------------------------------------------------------

let dictation: DictationReport | null = null;
let ocr: OcrReport | null = null;
let startedAt = new Date().toISOString();
let finishedAt = '';
if (options.from) {
  const saved = JSON.parse(readFileSync(options.from, 'utf8'));
  ({ dictation, ocr, startedAt, finishedAt } = saved);
  if (dictation) dictation.curves = dictationCurves(dictation);
  if (ocr) ocr.curves = ocrCurves(ocr);
  console.log(`Report of the soak run saved in ${options.from}`);
} else {
  const distDir = mkdtempSync(join(tmpdir(), 'at-sandbox-soak-dist-'));
  console.log(`Soak: ${MINUTES} minutes of dictation, then ${PAGES} OCR pages. Building…`);
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  const server = (await startServer({ dir: distDir, port: 0 })) as {
    url: string;
    close(): Promise<void>;
  };
  try {
    if (MINUTES > 0) {
      console.log(`\n# (a) Dictation, ${MINUTES} minutes`);
      dictation = await soakDictation(server.url, MINUTES);
    }
    if (PAGES > 0) {
      console.log(`\n# (b) OCR, ${PAGES} pages`);
      ocr = await soakOcr(server.url, PAGES);
    }
  } finally {
    await server.close();
    rmSync(distDir, { recursive: true, force: true });
  }
  finishedAt = new Date().toISOString();
}

const verdicts: string[] = [];
let passed = true;
if (dictation) {
  const d = dictation;
  const everyMinute = d.samples.filter((s) => s.liveHeapMB !== undefined);
  const step = Math.max(1, Math.round(everyMinute.length / 31));
  const rows = everyMinute
    .filter((_, i) => i % step === 0 || i === everyMinute.length - 1)
    .map((s) => ({
      'time (min)': round(s.at / 60, 1),
      'heap sampled (MB)': s.heapMB,
      'heap after GC (MB)': s.liveHeapMB ?? '',
      'DOM nodes': s.domNodes,
      'renderer PSS (MB)': s.rendererPssMB,
      'browser PSS (MB)': s.browserPssMB,
      'renderer private (MB)': s.rendererUssMB ?? '',
      'browser private (MB)': s.browserUssMB ?? '',
      processes: s.processes,
    }));
  printTable({ title: 'Dictation soak: memory over time', rows });
  printCurves(d.curves);
  const exact = d.checkpoints.every((c) => c.ok);
  console.log(
    `\n${d.phrases} phrases (${d.wordsSpoken} words, ${d.commandsSpoken} commands), ${d.unexpectedEnds} unexpected ends (${d.midSentenceEnds} mid-sentence), ${d.noSpeechErrors} "no-speech", ${d.recognitionStarts} recognition starts; final text ${d.finalTextChars} characters, ${d.finalTextWords} words.`,
  );
  verdicts.push(
    `dictation: ${d.checkpoints.filter((c) => c.ok).length}/${d.checkpoints.length} checkpoints exact; restored after reload: ${d.restoredAfterReload ? 'yes' : 'NO'}`,
  );
  for (const c of d.curves)
    verdicts.push(`dictation ${c.name}: ${c.bounded ? 'bounded' : 'GROWING'}`);
  passed &&= exact && d.restoredAfterReload && d.lostOrChanged.length === 0;
  passed &&= d.curves.every((c) => c.bounded);
  for (const problem of d.lostOrChanged) console.log(`- PROBLEM: ${problem}`);
}
if (ocr) {
  const o = ocr;
  printTable({
    title: 'OCR soak: memory per page',
    rows: o.samples.map((s) => {
      const result = o.results.find((r) => r.page === s.at);
      return {
        page: s.at,
        sample: result?.sample ?? '(before)',
        CER: result?.cer ?? '',
        seconds: result?.seconds ?? '',
        'heap after GC (MB)': s.liveHeapMB ?? '',
        'renderer PSS (MB)': s.rendererPssMB,
        'browser PSS (MB)': s.browserPssMB,
        'renderer private (MB)': s.rendererUssMB ?? '',
        'browser private (MB)': s.browserUssMB ?? '',
      };
    }),
  });

  printCurves(o.curves);
  verdicts.push(
    `OCR: ${o.results.filter((r) => r.ok).length}/${o.results.length} pages within their error bound; restored after reload: ${o.restoredAfterReload ? 'yes' : 'NO'}`,
  );
  for (const c of o.curves) verdicts.push(`OCR ${c.name}: ${c.bounded ? 'bounded' : 'GROWING'}`);
  passed &&= o.failures.length === 0 && o.curves.every((c) => c.bounded);
  for (const problem of o.failures) console.log(`- PROBLEM: ${problem}`);
}
console.log('\n## Verdict');
for (const verdict of verdicts) console.log(`- ${verdict}`);
console.log(passed ? 'PASS: nothing lost, memory bounded.' : 'FAIL: see the problems above.');

if (!options.from) {
  const outDir = join(ROOT, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(outDir, `soak-${stamp}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        startedAt,
        finishedAt,
        node: process.version,
        options: {
          minutes: MINUTES,
          pages: PAGES,
          sampleSeconds: SAMPLE_SECONDS,
          seed: options.seed,
        },
        passed,
        verdicts,
        dictation,
        ocr,
      },
      null,
      2,
    ),
  );
  console.log(`Saved ${file.slice(ROOT.length + 1)}`);
}
process.exit(passed ? 0 : 1);
