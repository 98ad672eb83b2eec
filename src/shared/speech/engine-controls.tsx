import { type ReactNode, useId, useState } from 'react';
import { LANGUAGES, languageLabel } from '../../domain/recognition/languages';
import type { EngineKind, SpeechSettings } from './speech-settings';
import './speech.css';

interface EngineControlsProps {
  settings: SpeechSettings;
  disabled: boolean;
  /** The tool's own word for stopping, for the hint while it listens: "dictation", "captions". */
  stopWhat: string;
  /** A tool's own note under the language, if any. */
  languageNote?: ReactNode;
}

/** "Speech engine" and "Recognition language", and on-device recognition where the browser offers it. */
export function EngineControls({
  settings,
  disabled,
  stopWhat,
  languageNote,
}: EngineControlsProps) {
  const id = useId();
  const [installing, setInstalling] = useState(false);
  const [installFailed, setInstallFailed] = useState(false);
  const browser = settings.engine === 'browser' && !settings.unavailable;
  const language = languageLabel(settings.lang);

  return (
    <div className="speech-controls">
      <div className="field">
        <label htmlFor={`${id}-engine`}>Speech engine</label>
        <select
          id={`${id}-engine`}
          value={settings.engine}
          disabled={disabled}
          aria-describedby={disabled ? `${id}-engine-hint` : undefined}
          onChange={(event) => settings.setEngine(event.target.value as EngineKind)}
        >
          <option value="browser">Browser speech recognition</option>
          <option value="typed">Type instead of speaking</option>
        </select>
        {disabled && (
          <p className="hint" id={`${id}-engine-hint`}>
            Stop {stopWhat} to change the engine or language.
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-lang`}>Recognition language</label>
        <select
          id={`${id}-lang`}
          value={settings.lang}
          disabled={disabled}
          onChange={(event) => {
            setInstallFailed(false);
            settings.setLang(event.target.value);
          }}
        >
          {LANGUAGES.map((option) => (
            <option key={option.code} value={option.code}>
              {option.native ? `${option.label} (${option.native})` : option.label}
            </option>
          ))}
        </select>
        {languageNote}
      </div>

      {browser && (
        <div className="speech-on-device">
          {/* Holds the line the answer will take, so nothing below jumps when it comes. */}
          {settings.onDevice === 'checking' && (
            <p className="hint">
              Checking whether this browser can recognise {language} on this device…
            </p>
          )}
          {settings.onDevice === 'available' && (
            <p className="hint">
              On-device recognition for {language} is ready: your voice stays on this device.
            </p>
          )}
          {settings.onDevice === 'downloading' && (
            <p className="hint">
              Your browser is downloading on-device recognition for {language}.
            </p>
          )}
          {settings.onDevice === 'downloadable' && !installing && (
            <>
              <p className="hint">
                Your browser can download on-device recognition for {language}, so that your voice
                never leaves this device. It is a large download.
              </p>
              <button
                type="button"
                className="button button--secondary"
                disabled={disabled}
                onClick={async () => {
                  setInstalling(true);
                  setInstallFailed(false);
                  const ok = await settings.installOnDevice();
                  setInstalling(false);
                  setInstallFailed(!ok);
                }}
              >
                Download on-device recognition
              </button>
            </>
          )}
          {installing && (
            <div
              role="progressbar"
              aria-label={`Downloading on-device recognition for ${language}`}
              className="speech-progress"
            >
              Downloading on-device recognition for {language}…
            </div>
          )}
          {installFailed && (
            <p role="alert" className="notice notice--error">
              The browser could not download on-device recognition for {language}. You can still use
              the browser&rsquo;s speech service (it will ask first), or choose &ldquo;Type instead
              of speaking&rdquo;.
            </p>
          )}
          {(settings.onDevice === 'unavailable' || settings.onDevice === 'unsupported') && (
            <p className="hint">
              This browser recognises speech through its online speech service, not on this device.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
