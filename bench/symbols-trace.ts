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

/**
 * CPU time the renderer's main thread spent on each click: the click's own
 * dispatch (handlers and React's commit) and every style, layout and paint
 * step after it until the next click. Thread time (`tdur`), not wall time,
 * so other programs on a busy machine do not inflate it; counting to the
 * next click includes any later repaint (a picture decoded late), so it is
 * an upper bound on one switch's work.
 */
export function cpuPerClick(events: readonly TraceEvent[]): number[] {
  const clicks = events
    .filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === 'click')
    .sort((a, b) => a.ts - b.ts);
  return clicks.map((click, i) => {
    const until = clicks[i + 1]?.ts ?? Number.POSITIVE_INFINITY;
    const rendering = events.filter(
      (e) =>
        e.ph === 'X' &&
        e.tid === click.tid &&
        RENDERING.has(e.name) &&
        e.ts >= click.ts &&
        e.ts < until,
    );
    const micros =
      (click.tdur ?? click.dur ?? 0) +
      rendering.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0);
    return micros / 1000;
  });
}
