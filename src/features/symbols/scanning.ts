/**
 * Switch scanning as a pure state machine: a highlight steps through the
 * rows; one press chooses the row, then the highlight steps through that
 * row's cells and a second press chooses the cell. Row–column scanning is
 * the usual single-switch method; it is slow on purpose here, so a teacher
 * feels what each word costs. The machine knows only how many choosable
 * cells each row has; the board supplies them with every event because a
 * page change changes them.
 */

export type ScanMode = 'off' | 'rows' | 'cells';

export interface ScanState {
  mode: ScanMode;
  row: number;
  cell: number;
  /** Times the highlight has gone round the chosen row without a press. */
  loops: number;
}

export type ScanEvent =
  | { type: 'start' }
  | { type: 'stop' }
  | { type: 'tick' }
  | { type: 'select' };

export interface ScanResult {
  state: ScanState;
  /** Set when a press chose a cell. */
  chosen?: { row: number; cell: number };
}

/** After going round a row this many times unchosen, the highlight goes back to the rows (a missed row costs one wait, not forever). */
export const ROW_LOOPS_BEFORE_ESCAPE = 2;

export const SCAN_OFF: ScanState = { mode: 'off', row: 0, cell: 0, loops: 0 };

function firstRow(rows: readonly number[], from = 0): number {
  for (let i = 0; i < rows.length; i += 1) {
    const row = (from + i) % rows.length;
    if ((rows[row] ?? 0) > 0) return row;
  }
  return -1;
}

function rowsStart(rows: readonly number[]): ScanState {
  const row = firstRow(rows);
  return row < 0 ? SCAN_OFF : { mode: 'rows', row, cell: 0, loops: 0 };
}

/** `rows`: how many choosable cells each row has, top to bottom. */
export function scanNext(state: ScanState, event: ScanEvent, rows: readonly number[]): ScanResult {
  if (event.type === 'stop') return { state: SCAN_OFF };
  if (event.type === 'start') return { state: rowsStart(rows) };
  if (state.mode === 'off') return { state };
  // The board changed under the highlight (a new page): start again from the top.
  if ((rows[state.row] ?? 0) === 0) return { state: rowsStart(rows) };
  const length = rows[state.row] as number;

  if (state.mode === 'rows') {
    if (event.type === 'tick') {
      return { state: { ...state, row: firstRow(rows, state.row + 1) } };
    }
    // A row of one cell needs no second press.
    if (length === 1) return { state: rowsStart(rows), chosen: { row: state.row, cell: 0 } };
    return { state: { mode: 'cells', row: state.row, cell: 0, loops: 0 } };
  }

  if (event.type === 'select') {
    return { state: rowsStart(rows), chosen: { row: state.row, cell: state.cell } };
  }
  const cell = state.cell + 1;
  if (cell < length) return { state: { ...state, cell } };
  const loops = state.loops + 1;
  if (loops >= ROW_LOOPS_BEFORE_ESCAPE)
    return { state: { ...state, mode: 'rows', cell: 0, loops: 0 } };
  return { state: { ...state, cell: 0, loops } };
}

/** Scan speed choices, in milliseconds per step. */
export const SCAN_SPEED = { min: 500, max: 3000, step: 250, initial: 1500 } as const;

export function scanSpeedLabel(ms: number): string {
  const seconds = ms / 1000;
  return `${seconds.toLocaleString('en-GB', { maximumFractionDigits: 2 })} ${seconds === 1 ? 'second' : 'seconds'} a step`;
}
