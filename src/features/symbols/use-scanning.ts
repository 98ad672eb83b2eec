import { useCallback, useEffect, useRef, useState } from 'react';
import { SCAN_OFF, type ScanEvent, type ScanState, scanNext } from './scanning';

/** Starts a repeating timer and returns how to stop it; tests pass a hand-driven one. */
export type Every = (fn: () => void, ms: number) => () => void;

const realEvery: Every = (fn, ms) => {
  const id = setInterval(fn, ms);
  return () => clearInterval(id);
};

/**
 * Runs the scanning machine on a timer. `rows` is how many choosable cells
 * each row of the board has now; `onChoose` gets the chosen row and cell.
 */
export function useScanning(options: {
  on: boolean;
  speedMs: number;
  rows: readonly number[];
  onChoose(row: number, cell: number): void;
  every?: Every;
}) {
  const { on, speedMs, rows, onChoose, every = realEvery } = options;
  const [state, setState] = useState<ScanState>(SCAN_OFF);
  const latest = useRef({ state, rows, onChoose });
  latest.current = { state, rows, onChoose };

  const send = useCallback((event: ScanEvent) => {
    const { state: now, rows: lengths } = latest.current;
    const result = scanNext(now, event, lengths);
    latest.current.state = result.state;
    setState(result.state);
    if (result.chosen) latest.current.onChoose(result.chosen.row, result.chosen.cell);
  }, []);

  const rowsKey = rows.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: rowsKey restarts the scan when the board changes.
  useEffect(() => {
    if (!on) {
      send({ type: 'stop' });
      return;
    }
    // Start again from the top whenever the board changes under the highlight.
    send({ type: 'start' });
    return every(() => send({ type: 'tick' }), speedMs);
  }, [on, speedMs, rowsKey, every, send]);

  const select = useCallback(() => send({ type: 'select' }), [send]);
  return { state, select };
}
