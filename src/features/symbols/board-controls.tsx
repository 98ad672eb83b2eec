import { memo, type Ref, useId } from 'react';
import { BOARD_SIZES, type BoardSize } from './board-layout';
import { SCAN_SPEED, scanSpeedLabel } from './scanning';
import { type BoardSettings, SHOW_LABELS, type ShowMode } from './settings';

export interface BoardControlsProps {
  settings: BoardSettings;
  change(next: Partial<BoardSettings>): void;
  scanning: boolean;
  setScanning(on: boolean): void;
  switchRef: Ref<HTMLInputElement>;
}

/** Board size, what each cell shows, speaking each word, and switch scanning. */
export const BoardControls = memo(function BoardControls({
  settings,
  change,
  scanning,
  setScanning,
  switchRef,
}: BoardControlsProps) {
  const id = useId();
  return (
    <div className="symbols-controls">
      <div className="field">
        <label htmlFor={`${id}-size`}>Board size</label>
        <select
          id={`${id}-size`}
          value={settings.size}
          onChange={(event) => change({ size: Number(event.target.value) as BoardSize })}
        >
          {BOARD_SIZES.map((size) => (
            <option key={size} value={size}>
              {size} × {size} ({size * size} cells)
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-show`}>Show</label>
        <select
          id={`${id}-show`}
          value={settings.show}
          onChange={(event) => change({ show: event.target.value as ShowMode })}
        >
          {(Object.keys(SHOW_LABELS) as ShowMode[]).map((mode) => (
            <option key={mode} value={mode}>
              {SHOW_LABELS[mode]}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--check">
        <input
          id={`${id}-speak`}
          type="checkbox"
          checked={settings.speakEachWord}
          onChange={(event) => change({ speakEachWord: event.target.checked })}
        />
        <label htmlFor={`${id}-speak`}>Speak each word</label>
      </div>
      <div className="field field--check">
        <input
          id={`${id}-scan`}
          ref={switchRef}
          type="checkbox"
          checked={scanning}
          aria-describedby={`${id}-scan-help`}
          onChange={(event) => setScanning(event.target.checked)}
        />
        <label htmlFor={`${id}-scan`}>Switch scanning</label>
      </div>
      <div className="field">
        <label htmlFor={`${id}-speed`}>Scan speed</label>
        <input
          id={`${id}-speed`}
          type="range"
          min={SCAN_SPEED.min}
          max={SCAN_SPEED.max}
          step={SCAN_SPEED.step}
          value={settings.scanSpeedMs}
          aria-valuetext={scanSpeedLabel(settings.scanSpeedMs)}
          onChange={(event) => change({ scanSpeedMs: Number(event.target.value) })}
        />
        <span aria-hidden="true">{scanSpeedLabel(settings.scanSpeedMs)}</span>
      </div>
      <p id={`${id}-scan-help`} className="hint">
        Scanning acts as one switch: with "Switch scanning" focused, press Space or Enter to choose
        the highlighted row, then again for the highlighted word. Escape stops scanning. The mouse
        and Tab still work.
      </p>
    </div>
  );
});
