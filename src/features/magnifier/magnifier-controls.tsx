import { type KeyboardEvent, useId } from 'react';
import {
  formatZoom,
  MAGNIFIER_MODES,
  snapZoom,
  ZOOM_INCREMENTS,
  ZOOM_MAX,
  ZOOM_MIN,
  type ZoomIncrement,
} from './magnifier-geometry';
import { LENS_SIZE, MODE_LABELS, POINTER_STYLES, type PointerStyle } from './magnifier-settings';
import type { MagnifierControls as Controls } from './use-magnifier';

const MODE_HINTS = {
  lens: 'A window that follows the pointer and keyboard focus.',
  'full-screen': 'The whole scene zoomed; the view follows the pointer, focus and text cursor.',
  docked: 'A magnified strip above the scene; the scene stays as it is.',
} as const;

/** The magnifier's settings form. Every control works with the keyboard alone. */
export function MagnifierControlsForm({
  controls,
  lensOpen,
  onLensOpen,
}: {
  controls: Controls;
  lensOpen: boolean;
  onLensOpen(open: boolean): void;
}) {
  const { settings, update, zoomBy } = controls;
  const id = useId();

  // Arrow keys step by the chosen increment (the native step is finer so dragging can reach 16×).
  const zoomKeys = (event: KeyboardEvent<HTMLInputElement>) => {
    const up = ['ArrowUp', 'ArrowRight', 'PageUp'].includes(event.key);
    const down = ['ArrowDown', 'ArrowLeft', 'PageDown'].includes(event.key);
    if (up || down) {
      event.preventDefault();
      zoomBy(up ? 1 : -1);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      update({ zoom: event.key === 'Home' ? ZOOM_MIN : ZOOM_MAX });
    }
  };

  return (
    <div className="magnifier-controls">
      <div className="fieldset magnifier-modes" role="radiogroup" aria-labelledby={`${id}-mode`}>
        <p className="legend" id={`${id}-mode`}>
          Magnifier mode
        </p>
        {MAGNIFIER_MODES.map((mode) => (
          <div className="radio" key={mode}>
            <input
              type="radio"
              id={`${id}-${mode}`}
              name={`${id}-mode`}
              value={mode}
              checked={settings.mode === mode}
              aria-describedby={`${id}-${mode}-hint`}
              onChange={() => update({ mode })}
            />
            <label htmlFor={`${id}-${mode}`}>{MODE_LABELS[mode]}</label>
            <span className="hint" id={`${id}-${mode}-hint`}>
              {MODE_HINTS[mode]}
            </span>
          </div>
        ))}
      </div>

      <div className="magnifier-controls__group">
        <div className="field field--range">
          <label htmlFor={`${id}-zoom`}>Zoom level</label>
          <div className="range-row">
            <input
              id={`${id}-zoom`}
              type="range"
              min={ZOOM_MIN}
              max={ZOOM_MAX}
              step={0.25}
              value={settings.zoom}
              aria-valuetext={formatZoom(settings.zoom)}
              onKeyDown={zoomKeys}
              onChange={(event) =>
                update({ zoom: snapZoom(Number(event.target.value), settings.increment) })
              }
            />
            <output htmlFor={`${id}-zoom`} aria-hidden="true">
              {formatZoom(settings.zoom)}
            </output>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-increment`}>Zoom increment</label>
          <select
            id={`${id}-increment`}
            value={settings.increment}
            onChange={(event) => update({ increment: Number(event.target.value) as ZoomIncrement })}
          >
            {ZOOM_INCREMENTS.map((increment) => (
              <option key={increment} value={increment}>
                {increment}%
              </option>
            ))}
          </select>
        </div>

        {settings.mode === 'lens' && (
          <>
            <LensSize
              label="Lens width"
              value={settings.lensWidth}
              onChange={(lensWidth) => update({ lensWidth })}
            />
            <LensSize
              label="Lens height"
              value={settings.lensHeight}
              onChange={(lensHeight) => update({ lensHeight })}
            />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onLensOpen(!lensOpen)}
              data-lens-toggle=""
            >
              {lensOpen ? 'Hide lens' : 'Show lens'}
            </button>
          </>
        )}
      </div>

      <div className="magnifier-controls__group">
        <div className="checkbox">
          <input
            type="checkbox"
            id={`${id}-invert`}
            checked={settings.invert}
            onChange={(event) => update({ invert: event.target.checked })}
          />
          <label htmlFor={`${id}-invert`}>Invert colours</label>
        </div>
        <div className="checkbox">
          <input
            type="checkbox"
            id={`${id}-smooth`}
            checked={settings.smoothing}
            aria-describedby={`${id}-smooth-hint`}
            onChange={(event) => update({ smoothing: event.target.checked })}
          />
          <label htmlFor={`${id}-smooth`}>Smooth edges of images and text</label>
          <span className="hint" id={`${id}-smooth-hint`}>
            Off shows the square pixels of pictures and diagram lines. Text is redrawn at every
            size, so it stays sharp either way.
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-pointer`}>Pointer</label>
          <select
            id={`${id}-pointer`}
            value={settings.pointer}
            onChange={(event) => update({ pointer: event.target.value as PointerStyle })}
          >
            {POINTER_STYLES.map((style) => (
              <option key={style.value} value={style.value}>
                {style.label}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="magnifier-follow">
          <legend>The view follows</legend>
          {settings.mode !== 'lens' && (
            <Check
              label="The mouse pointer"
              checked={settings.followPointer}
              onChange={(followPointer) => update({ followPointer })}
            />
          )}
          <Check
            label="Keyboard focus"
            checked={settings.followFocus}
            onChange={(followFocus) => update({ followFocus })}
          />
          <Check
            label="The text cursor"
            checked={settings.followCaret}
            onChange={(followCaret) => update({ followCaret })}
          />
        </fieldset>
      </div>
    </div>
  );
}

function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const id = useId();
  return (
    <div className="checkbox">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

function LensSize({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange(value: number): void;
}) {
  const id = useId();
  return (
    <div className="field field--range">
      <label htmlFor={id}>{label}</label>
      <div className="range-row">
        <input
          id={id}
          type="range"
          min={LENS_SIZE.min}
          max={LENS_SIZE.max}
          step={LENS_SIZE.step}
          value={value}
          aria-valuetext={`${value} pixels`}
          onChange={(event) => onChange(Number(event.target.value))}
        />
        <output htmlFor={id} aria-hidden="true">
          {value}px
        </output>
      </div>
    </div>
  );
}
