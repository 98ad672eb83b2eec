import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  args?: { data?: { type?: string } };
}

/** Main-thread rendering steps of a frame, as Chromium's timeline names them. */
const RENDERING = new Set([
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'UpdateLayer',
]);

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  return async () => {
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** Input that begins the next interaction: Playwright's pointer moving to the next button, or a key. */
const INPUT = new Set(['mousemove', 'pointermove', 'mousedown', 'pointerdown', 'click', 'keydown']);

export interface ClickCpu {
  /** To the next click, rendering nested inside the click counted twice: the measure before 2026-12-01. */
  toNextClick: number;
  /** To the next input event (the pointer moving on), each event counted once. */
  toNextInput: number;
}

/**
 * CPU time the renderer's main thread spent on each click: the click's own
 * dispatch (handlers and React's commit, including any style or layout they
 * force) and every style, layout and paint step after it. Thread time
 * (`tdur`), not wall time, so other programs on a busy machine do not
 * inflate it.
 *
 * `toNextInput` stops at the next input event, so the hover repaint of the
 * pointer moving to the next button belongs to the next interaction, and
 * counts a rendering step only once (one forced inside the click is already
 * in the click's time). `toNextClick` is the older, cruder measure, kept for
 * comparison: it runs to the next click and also counts rendering steps
 * nested inside the click a second time.
 */
export function cpuPerClickDetailed(events: readonly TraceEvent[]): ClickCpu[] {
  const dispatches = events
    .filter((e) => e.name === 'EventDispatch' && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const clicks = dispatches.filter((e) => e.args?.data?.type === 'click');
  const time = (e: TraceEvent) => e.tdur ?? e.dur ?? 0;
  return clicks.map((click, i) => {
    const nextClick = clicks[i + 1]?.ts ?? Number.POSITIVE_INFINITY;
    const nextInput = Math.min(
      nextClick,
      dispatches.find(
        (e) => e.tid === click.tid && e.ts > click.ts && INPUT.has(e.args?.data?.type ?? ''),
      )?.ts ?? Number.POSITIVE_INFINITY,
    );
    const clickEnd = click.ts + (click.dur ?? 0);
    const rendering = events.filter(
      (e) =>
        e.ph === 'X' &&
        e.tid === click.tid &&
        RENDERING.has(e.name) &&
        e.ts >= click.ts &&
        e.ts < nextClick,
    );
    const crude = rendering.reduce((sum, e) => sum + time(e), 0);
    const after = rendering
      .filter((e) => e.ts >= clickEnd && e.ts < nextInput)
      .sort((a, b) => a.ts - b.ts);
    // A step nested in another counted one (Layout inside UpdateLayoutTree's frame, say) is counted once.
    let outerEnd = 0;
    let once = 0;
    for (const e of after) {
      if (e.ts >= outerEnd) {
        once += time(e);
        outerEnd = e.ts + (e.dur ?? 0);
      }
    }
    return { toNextClick: (time(click) + crude) / 1000, toNextInput: (time(click) + once) / 1000 };
  });
}

/** Per click, the older measure (to the next click, nested steps counted twice); see cpuPerClickDetailed. */
export function cpuPerClick(events: readonly TraceEvent[]): number[] {
  return cpuPerClickDetailed(events).map((click) => click.toNextClick);
}
