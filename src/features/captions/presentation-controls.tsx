import { memo, useId } from 'react';
import {
  type CaptionPresentation,
  COLOUR_PAIRS,
  contrastText,
  LINES_RANGE,
  SIZE_RANGE,
} from './presentation';

type SetPresentation = <K extends keyof CaptionPresentation>(
  setting: K,
  value: CaptionPresentation[K],
) => void;

/**
 * "Caption size", lines, top or bottom, and colour pairs with their contrast stated.
 * Memoised: the tool re-renders on every caption result, and this form never needs to.
 */
export const PresentationControls = memo(function PresentationControls({
  presentation,
  onChange,
}: {
  presentation: CaptionPresentation;
  onChange: SetPresentation;
}) {
  const id = useId();
  const lineCounts = [];
  for (let n = LINES_RANGE.min; n <= LINES_RANGE.max; n += 1) lineCounts.push(n);
  return (
    <div className="captions-presentation">
      <div className="field field--range">
        <label htmlFor={`${id}-size`}>Caption size</label>
        <div className="range-row">
          <input
            id={`${id}-size`}
            type="range"
            min={SIZE_RANGE.min}
            max={SIZE_RANGE.max}
            step={SIZE_RANGE.step}
            value={presentation.size}
            aria-valuetext={`${presentation.size} pixels`}
            onChange={(event) => onChange('size', Number(event.target.value))}
          />
          <output htmlFor={`${id}-size`}>{presentation.size} px</output>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-lines`}>Lines shown</label>
        <select
          id={`${id}-lines`}
          value={presentation.lines}
          onChange={(event) => onChange('lines', Number(event.target.value))}
        >
          {lineCounts.map((n) => (
            <option key={n} value={n}>
              {n === 1 ? '1 line' : `${n} lines`}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="fieldset captions-position">
        <legend className="legend">Captions at the</legend>
        <p className="hint">Where the captions sit in the pupil view.</p>
        {(['bottom', 'top'] as const).map((position) => (
          <div className="radio" key={position}>
            <input
              type="radio"
              id={`${id}-${position}`}
              name={`${id}-position`}
              checked={presentation.position === position}
              onChange={() => onChange('position', position)}
            />
            <label htmlFor={`${id}-${position}`}>
              {position === 'bottom' ? 'Bottom of the screen' : 'Top of the screen'}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className="fieldset captions-colours">
        <legend className="legend">Caption colours</legend>
        <p className="hint">
          Contrast is the WCAG ratio of text to background; 7:1 or more is the enhanced level.
        </p>
        {COLOUR_PAIRS.map((pair) => (
          <div className="radio" key={pair.id}>
            <input
              type="radio"
              id={`${id}-${pair.id}`}
              name={`${id}-colours`}
              checked={presentation.colours === pair.id}
              onChange={() => onChange('colours', pair.id)}
            />
            <label htmlFor={`${id}-${pair.id}`}>
              <span
                className="captions-swatch"
                aria-hidden="true"
                style={{ color: pair.text, background: pair.background }}
              >
                Aa
              </span>{' '}
              {pair.label} (contrast {contrastText(pair)})
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
});
