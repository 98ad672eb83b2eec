import { useId } from 'react';
import {
  FONTS,
  LETTER_SPACING,
  LINE_FOCUS,
  LINE_SPACING,
  type LineFocus,
  type ReadingFont,
  type ReadingPreferences,
  snap,
  TEXT_SIZE,
  TINTS,
  type Tint,
} from './preferences';

interface Props {
  preferences: ReadingPreferences;
  change<K extends keyof ReadingPreferences>(name: K, value: ReadingPreferences[K]): void;
}

/** Text size, spacing, tint, line focus and font for the reading view. */
export function ReadingPreferencesForm({ preferences, change }: Props) {
  const id = useId();
  return (
    <details className="reading-preferences">
      <summary>Reading preferences</summary>
      <div className="reading-preferences__grid">
        <div className="field">
          <label htmlFor={`${id}-size`}>Reading text size</label>
          <div className="range-row">
            <input
              id={`${id}-size`}
              type="range"
              min={TEXT_SIZE.min}
              max={TEXT_SIZE.max}
              step={TEXT_SIZE.step}
              value={preferences.textSize}
              aria-valuetext={`${preferences.textSize}%`}
              onChange={(e) => change('textSize', snap(Number(e.target.value), TEXT_SIZE))}
            />
            <output htmlFor={`${id}-size`}>{preferences.textSize}%</output>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-line`}>Line spacing</label>
          <div className="range-row">
            <input
              id={`${id}-line`}
              type="range"
              min={LINE_SPACING.min}
              max={LINE_SPACING.max}
              step={LINE_SPACING.step}
              value={preferences.lineSpacing}
              aria-valuetext={`${preferences.lineSpacing.toFixed(1)} times`}
              onChange={(e) => change('lineSpacing', snap(Number(e.target.value), LINE_SPACING))}
            />
            <output htmlFor={`${id}-line`}>{preferences.lineSpacing.toFixed(1)}×</output>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-letter`}>Letter spacing</label>
          <div className="range-row">
            <input
              id={`${id}-letter`}
              type="range"
              min={LETTER_SPACING.min}
              max={LETTER_SPACING.max}
              step={LETTER_SPACING.step}
              value={preferences.letterSpacing}
              aria-valuetext={
                preferences.letterSpacing === 0
                  ? 'Normal'
                  : `${Math.round(preferences.letterSpacing * 100)}% wider`
              }
              onChange={(e) =>
                change('letterSpacing', snap(Number(e.target.value), LETTER_SPACING))
              }
            />
            <output htmlFor={`${id}-letter`}>
              {preferences.letterSpacing === 0
                ? 'Normal'
                : `+${Math.round(preferences.letterSpacing * 100)}%`}
            </output>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-font`}>Font</label>
          <select
            id={`${id}-font`}
            value={preferences.font}
            onChange={(e) => change('font', e.target.value as ReadingFont)}
          >
            {(Object.keys(FONTS) as ReadingFont[]).map((font) => (
              <option key={font} value={font}>
                {FONTS[font]}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="reading-preferences__choices">
          <legend>Background tint</legend>
          {(Object.keys(TINTS) as Tint[]).map((tint) => (
            <label key={tint} className="tint-choice" data-tint={tint}>
              <input
                type="radio"
                name={`${id}-tint`}
                value={tint}
                checked={preferences.tint === tint}
                onChange={() => change('tint', tint)}
              />
              <span className="tint-swatch" aria-hidden="true" />
              {TINTS[tint]}
            </label>
          ))}
        </fieldset>
        <fieldset className="reading-preferences__choices">
          <legend>Line focus</legend>
          {LINE_FOCUS.map((lines) => (
            <label key={lines}>
              <input
                type="radio"
                name={`${id}-focus`}
                value={lines}
                checked={preferences.lineFocus === lines}
                onChange={() => change('lineFocus', lines as LineFocus)}
              />
              {lines === 0 ? 'Off' : `${lines} line${lines === 1 ? '' : 's'}`}
            </label>
          ))}
        </fieldset>
      </div>
    </details>
  );
}
