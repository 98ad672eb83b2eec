// Memory, sampled two ways: the page's JS heap through CDP, and the proportional and private
// set size of every Chromium process this script started, read from /proc.
import { readdirSync, readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { MB, round } from './support';

export interface ProcessMemory {
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
export function chromiumProcesses(): ProcessMemory[] {
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

export interface Sample {
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

export async function sample(cdp: CDPSession, at: number, collect: boolean): Promise<Sample> {
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

export async function openCdp(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');
  return cdp;
}
