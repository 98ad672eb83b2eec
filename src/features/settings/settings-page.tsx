import { useId } from 'react';
import type { ThemeName } from '../../domain/exercises/events';
import { PageHeading } from '../../shared/page-heading';
import { TEXT_SIZES } from '../../store/settings-slice';
import { useAppStore } from '../../store/store-context';
import { OfflineSection } from './offline-section';

const THEMES: { value: ThemeName; label: string; hint: string }[] = [
  { value: 'light', label: 'Light', hint: 'Dark text on a light background.' },
  { value: 'dark', label: 'Dark', hint: 'Light text on a dark background, easier in a dim room.' },
  {
    value: 'high-contrast',
    label: 'High contrast',
    hint: 'White and yellow on black, for low vision and projectors.',
  },
];

export default function SettingsPage() {
  const theme = useAppStore((state) => state.theme);
  const textSize = useAppStore((state) => state.textSize);
  const setTheme = useAppStore((state) => state.setTheme);
  const setTextSize = useAppStore((state) => state.setTextSize);
  const presenter = useAppStore((state) => state.presenter);
  const pupilMode = useAppStore((state) => state.pupilMode);
  const setPresenter = useAppStore((state) => state.setPresenter);
  const setPupilMode = useAppStore((state) => state.setPupilMode);
  const id = useId();

  return (
    <>
      <PageHeading>Settings</PageHeading>
      <p className="lead">Changes apply straight away and are kept on this device.</p>

      <div className="fieldset" role="radiogroup" aria-labelledby={`${id}-theme`}>
        <p className="legend" id={`${id}-theme`}>
          Theme
        </p>
        {theme === null && (
          <p className="hint">
            Until you choose, the app follows your device&rsquo;s light or dark setting.
          </p>
        )}
        {THEMES.map((option) => (
          <div className="radio" key={option.value}>
            <input
              type="radio"
              id={`${id}-${option.value}`}
              name={`${id}-theme`}
              value={option.value}
              checked={theme === option.value}
              aria-describedby={`${id}-${option.value}-hint`}
              onChange={() => setTheme(option.value)}
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
            <span className="hint" id={`${id}-${option.value}-hint`}>
              {option.hint}
            </span>
          </div>
        ))}
      </div>

      <div className="field field--range">
        <label htmlFor={`${id}-size`}>Text size</label>
        <div className="range-row">
          <input
            id={`${id}-size`}
            type="range"
            min={TEXT_SIZES.min}
            max={TEXT_SIZES.max}
            step={TEXT_SIZES.step}
            value={textSize}
            aria-valuetext={`${textSize}%`}
            aria-describedby={`${id}-size-hint`}
            onChange={(event) => setTextSize(Number(event.target.value))}
          />
          <output htmlFor={`${id}-size`} aria-hidden="true">
            {textSize}%
          </output>
        </div>
        <p className="hint" id={`${id}-size-hint`}>
          Use the arrow keys or drag. Your browser&rsquo;s own zoom works too.
        </p>
      </div>

      <fieldset className="fieldset">
        <legend className="legend">Modes</legend>
        <div className="radio">
          <input
            type="checkbox"
            id={`${id}-presenter`}
            checked={presenter}
            aria-describedby={`${id}-presenter-hint`}
            onChange={(event) => setPresenter(event.target.checked)}
          />
          <label htmlFor={`${id}-presenter`}>Presenter mode</label>
          <span className="hint" id={`${id}-presenter-hint`}>
            For a projector: everything larger, black on white, big captions of dictated or read
            text, personal progress hidden, and &ldquo;Reset for the next person&rdquo;.
          </span>
        </div>
        <div className="radio">
          <input
            type="checkbox"
            id={`${id}-pupil`}
            checked={pupilMode}
            aria-describedby={`${id}-pupil-hint`}
            onChange={(event) => setPupilMode(event.target.checked)}
          />
          <label htmlFor={`${id}-pupil`}>Pupil mode</label>
          <span className="hint" id={`${id}-pupil-hint`}>
            Simpler words, bigger buttons, only the exercises written for pupils, and no reflection
            writing.
          </span>
        </div>
      </fieldset>

      <section aria-labelledby={`${id}-preview`} className="preview">
        <h2 id={`${id}-preview`}>Preview</h2>
        <p>
          The quick brown fox jumps over the lazy dog. Pupils in Year 4 wrote about the water cycle:
          evaporation, condensation and precipitation.
        </p>
      </section>
      <OfflineSection />
    </>
  );
}
