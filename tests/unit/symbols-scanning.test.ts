import { describe, expect, it } from 'vitest';
import { SCAN_OFF, type ScanState, scanNext } from '../../src/features/symbols/scanning';

const ROWS = [3, 0, 2, 1];
const run = (events: ('start' | 'tick' | 'select' | 'stop')[], rows = ROWS) => {
  let state: ScanState = SCAN_OFF;
  const chosen: { row: number; cell: number }[] = [];
  for (const type of events) {
    const result = scanNext(state, { type }, rows);
    state = result.state;
    if (result.chosen) chosen.push(result.chosen);
  }
  return { state, chosen };
};

describe('switch scanning machine', () => {
  it('does nothing until started, and ticks do not move it', () => {
    expect(run(['tick', 'select', 'tick']).state).toEqual(SCAN_OFF);
    expect(run(['tick', 'select']).chosen).toEqual([]);
  });

  it('steps through rows, skipping empty ones, and wraps', () => {
    expect(run(['start']).state).toMatchObject({ mode: 'rows', row: 0 });
    expect(run(['start', 'tick']).state).toMatchObject({ mode: 'rows', row: 2 });
    expect(run(['start', 'tick', 'tick']).state).toMatchObject({ mode: 'rows', row: 3 });
    expect(run(['start', 'tick', 'tick', 'tick']).state).toMatchObject({ mode: 'rows', row: 0 });
  });

  it('chooses a row, then a cell, then starts again from the top', () => {
    const { state, chosen } = run(['start', 'tick', 'select', 'tick', 'select']);
    expect(chosen).toEqual([{ row: 2, cell: 1 }]);
    expect(state).toMatchObject({ mode: 'rows', row: 0 });
  });

  it('chooses a one-cell row with a single press', () => {
    expect(run(['start', 'tick', 'tick', 'select']).chosen).toEqual([{ row: 3, cell: 0 }]);
  });

  it('goes back to the rows after going round an unchosen row twice', () => {
    const { state } = run(['start', 'select', 'tick', 'tick', 'tick', 'tick', 'tick', 'tick']);
    expect(state).toMatchObject({ mode: 'rows', row: 0 });
    expect(run(['start', 'select', 'tick', 'tick', 'tick']).state).toMatchObject({
      mode: 'cells',
      cell: 0,
      loops: 1,
    });
  });

  it('starts again when the board under the highlight changes', () => {
    let state = run(['start', 'tick', 'select']).state;
    state = scanNext(state, { type: 'tick' }, [2, 1, 0]).state;
    expect(state).toMatchObject({ mode: 'rows', row: 0 });
  });

  it('stops, and a board with nothing to choose never starts', () => {
    expect(run(['start', 'tick', 'stop']).state).toEqual(SCAN_OFF);
    expect(run(['start'], [0, 0]).state).toEqual(SCAN_OFF);
  });
});
