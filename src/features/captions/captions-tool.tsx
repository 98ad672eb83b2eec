import { useEffect, useId, useRef, useState } from 'react';
import { recognitionErrorMessage } from '../../domain/recognition/error-messages';
import { useEngines } from '../../shared/engines-context';
import { EngineControls } from '../../shared/speech/engine-controls';
import { SayThis } from '../../shared/speech/say-this';
import { SpeechNotices } from '../../shared/speech/speech-notices';
import { type GateFocus, useConsentGate } from '../../shared/speech/use-consent-gate';
import { useAppStore } from '../../store/store-context';
import { CaptionDisplay } from './caption-display';
import { parseExpectedWords } from './caption-text';
import { PresentationControls } from './presentation-controls';
import { TranscriptSection } from './transcript-section';
import { useCaptions } from './use-captions';
import { useCaptionsSettings } from './use-captions-settings';
import { usePupilLink } from './use-pupil-link';
import './captions.css';

export interface CaptionsToolProps {
  /** A script to read aloud and check the captions against (exercises); free text otherwise. */
  script?: string | undefined;
  level: 2 | 3;
}

/** Live captions: listening, the captions themselves, the pupil view, presentation and the transcript. */
export function CaptionsTool({ script, level }: CaptionsToolProps) {
  const id = useId();
  const { recognition } = useEngines();
  const emit = useAppStore((state) => state.emit);
  const settings = useCaptionsSettings();
  const expected = parseExpectedWords(settings.expected);
  const captions = useCaptions(settings, expected);
  const pupil = usePupilLink(
    captions.lines,
    captions.interim,
    settings.lang,
    settings.presentation,
  );
  const [focusNext, setFocusNext] = useState<GateFocus | null>(null);
  const consentHeading = useRef<HTMLHeadingElement>(null);
  const sayInput = useRef<HTMLInputElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const Heading = level === 2 ? 'h2' : 'h3';
  const typed = settings.engine === 'typed';
  const onDevice = settings.onDevice === 'available';
  const phrasesSupported = recognition.supportsPhrases?.() === true;

  useEffect(() => {
    if (!focusNext) return;
    ({ consent: consentHeading, say: sayInput, start: startButton })[focusNext].current?.focus();
    setFocusNext(null);
  }, [focusNext]);

  const { askConsent, startListening, typeInstead, agree } = useConsentGate({
    onDevice,
    consented: settings.cloudConsent,
    giveConsent: settings.giveConsent,
    start: captions.start,
    dismissError: captions.dismissError,
    setEngine: settings.setEngine,
    focus: setFocusNext,
  });

  const error = captions.error
    ? recognitionErrorMessage(captions.error, settings.lang, 'Start captions')
    : null;
  const unavailable =
    !typed && settings.unavailable
      ? recognitionErrorMessage(settings.unavailable, settings.lang, 'Start captions')
      : null;

  return (
    <div className="captions-tool">
      <EngineControls settings={settings} disabled={captions.listening} stopWhat="captions" />

      <SpeechNotices
        ref={consentHeading}
        level={level}
        unavailable={unavailable}
        error={error}
        typed={typed}
        askConsent={askConsent}
        onAgree={agree}
        onTypeInstead={typeInstead}
      />

      {!typed && !unavailable && (
        <div className="button-row captions-listen">
          <button
            ref={startButton}
            type="button"
            className={`button button--large${captions.listening ? ' button--danger' : ''}`}
            aria-describedby={`${id}-status`}
            onClick={() => (captions.listening ? captions.stop() : startListening())}
          >
            {captions.listening ? 'Stop captions' : 'Start captions'}
          </button>
          <p id={`${id}-status`} className="captions-status">
            {statusText(captions.status, onDevice, captions.noSpeech)}
          </p>
        </div>
      )}

      {typed && (
        <SayThis
          ref={sayInput}
          lang={settings.lang}
          hint="Type what you would say, then press Enter or Send: it appears as a caption, word for word."
          onSay={captions.say}
        />
      )}

      <CaptionDisplay
        lines={captions.lines}
        interim={captions.interim}
        lang={settings.lang}
        presentation={settings.presentation}
        empty={typed ? 'Captions appear here as you send them.' : 'Captions appear here.'}
      />

      <section className="captions-pupil" aria-labelledby={`${id}-pupil`}>
        <Heading id={`${id}-pupil`}>Pupil view</Heading>
        <p className="hint">
          A second window with the captions only, for a second screen or the projector. Press F
          there for full screen. It keeps in step with this page, even if either window reloads.
        </p>
        <div className="button-row">
          <button type="button" className="button" onClick={pupil.open}>
            Open pupil view
          </button>
          <p className="captions-status" role="status">
            {pupil.connected ? 'The pupil view is showing these captions.' : ''}
          </p>
        </div>
        {pupil.blocked && (
          <div className="notice notice--error" role="alert">
            <p>The browser blocked the new window.</p>
            <p>
              Allow pop-ups for this site and press Open pupil view again, or open this address in
              another window: <a href={pupil.pupilUrl}>{pupil.pupilUrl}</a>
            </p>
          </div>
        )}
      </section>

      <section className="captions-look" aria-labelledby={`${id}-look`}>
        <Heading id={`${id}-look`}>How captions look</Heading>
        <PresentationControls
          presentation={settings.presentation}
          onChange={settings.setPresentation}
        />
      </section>

      <section className="captions-expected" aria-labelledby={`${id}-expected-heading`}>
        <Heading id={`${id}-expected-heading`}>Subject words</Heading>
        <div className="field">
          <label htmlFor={`${id}-expected`}>Words to expect</label>
          <p className="hint" id={`${id}-expected-hint`}>
            Names and topic words, one per line or separated by commas.{' '}
            {phrasesSupported
              ? 'This browser is told to expect them, which helps it spell them right.'
              : 'This browser cannot be told to expect words, so check them in the captions as you go.'}
          </p>
          <textarea
            id={`${id}-expected`}
            rows={3}
            aria-describedby={`${id}-expected-hint`}
            value={settings.expected}
            disabled={captions.listening}
            onChange={(event) => settings.setExpected(event.target.value)}
            onBlur={() => emit({ type: 'captions/expected-words-set', count: expected.length })}
          />
        </div>
        {captions.phrasesRefused && (
          <p className="hint" role="status">
            The browser would not take the words to expect this time, so captions carry on without
            them.
          </p>
        )}
      </section>

      <TranscriptSection captions={captions} script={script} level={level} />
    </div>
  );
}

function statusText(status: string, onDevice: boolean, noSpeech: boolean): string {
  switch (status) {
    case 'starting':
      return 'Starting…';
    case 'listening':
      if (noSpeech) return 'No speech heard for a few seconds: still listening.';
      return onDevice ? 'Captioning (on this device).' : 'Captioning.';
    case 'restarting':
      return 'Still captioning (the browser paused, carrying on).';
    case 'stopping':
      return 'Stopping…';
    default:
      return 'Not captioning.';
  }
}
