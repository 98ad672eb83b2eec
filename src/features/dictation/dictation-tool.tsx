import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { recognitionErrorMessage } from '../../domain/recognition/error-messages';
import { useEngines } from '../../shared/engines-context';
import { DictationResults } from './dictation-results';
import { EngineControls } from './engine-controls';
import { LevelMeter } from './level-meter';
import { ResultsStream } from './results-stream';
import { useAttempts } from './use-attempts';
import { useDictation } from './use-dictation';
import { useDictationSettings } from './use-dictation-settings';
import { WhatCanISay } from './what-can-i-say';
import './dictation.css';

export interface DictationToolProps {
  /** Where the text is saved (one document per exercise, one for free practice). */
  storageKey: string;
  /** A target passage to dictate and score; none for free dictation. */
  passage?: string | undefined;
  /** Heading level of this tool's own sections. */
  level: 2 | 3;
}

/** The dictation tool: engine choice, listening, the editor, scoring and help. */
export function DictationTool({ storageKey, passage, level }: DictationToolProps) {
  const id = useId();
  const { now } = useEngines();
  const settings = useDictationSettings();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const dictation = useDictation(storageKey, settings, textarea);
  const attempts = useAttempts(passage);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const sayInput = useRef<HTMLInputElement>(null);
  const [sayThis, setSayThis] = useState('');
  const [askConsent, setAskConsent] = useState(false);
  const consentHeading = useRef<HTMLHeadingElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  /** Where focus goes after the next render (the element may not exist until then). */
  const [focusNext, setFocusNext] = useState<
    'consent' | 'say' | 'start' | 'results' | 'text' | null
  >(null);
  useEffect(() => {
    if (!focusNext) return;
    const target = {
      consent: consentHeading,
      say: sayInput,
      start: startButton,
      results: resultsHeading,
      text: textarea,
    }[focusNext];
    target.current?.focus();
    setFocusNext(null);
  }, [focusNext]);
  const Heading = level === 2 ? 'h2' : 'h3';
  const { doc, originRef } = dictation;
  const typed = settings.engine === 'typed';
  const onDevice = settings.onDevice === 'available';

  // After a change by voice, the caret follows the dictated text (never while typing).
  useLayoutEffect(() => {
    const element = textarea.current;
    if (!element || originRef.current !== 'voice') return;
    if (
      element.selectionStart !== doc.selection.start ||
      element.selectionEnd !== doc.selection.end
    ) {
      element.setSelectionRange(doc.selection.start, doc.selection.end);
    }
  }, [doc, originRef]);

  const startListening = (consented = settings.cloudConsent) => {
    if (!onDevice && !consented) {
      setAskConsent(true);
      setFocusNext('consent');
      return;
    }
    setAskConsent(false);
    dictation.start(onDevice);
    setFocusNext('start');
  };

  const typeInstead = () => {
    setAskConsent(false);
    dictation.dismissError();
    settings.setEngine('typed');
    setFocusNext('say');
  };

  const error = dictation.error ? recognitionErrorMessage(dictation.error, settings.lang) : null;
  const unavailable =
    !typed && settings.unavailable
      ? recognitionErrorMessage(settings.unavailable, settings.lang)
      : null;

  return (
    <div className="dictation">
      {passage && (
        <section className="dictation-passage" aria-labelledby={`${id}-passage`}>
          <Heading id={`${id}-passage`}>Passage to dictate</Heading>
          <p className="dictation-passage__text">{passage}</p>
        </section>
      )}

      <EngineControls settings={settings} disabled={dictation.listening} />

      {unavailable && (
        <div className="notice notice--error" role="alert">
          <p>{unavailable.what}</p>
          <p>{unavailable.next}</p>
          <button type="button" className="button" onClick={typeInstead}>
            Type instead of speaking
          </button>
        </div>
      )}

      {askConsent && !typed && (
        <section className="notice dictation-consent" aria-labelledby={`${id}-consent`}>
          <Heading id={`${id}-consent`} ref={consentHeading} tabIndex={-1}>
            Before you start: your voice goes to the browser's speech service
          </Heading>
          <p>
            This browser does not recognise speech on this device. While you dictate, it sends the
            sound of your voice to its maker's speech service (Google for Chrome, Microsoft for
            Edge, Apple for Safari) and gets the words back. This app sends nothing itself and keeps
            your text only on this device.
          </p>
          <p>
            Do not dictate anything private, such as pupils' names or personal details. If you would
            rather not send your voice, type instead.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => {
                settings.giveConsent();
                startListening(true);
              }}
            >
              Continue
            </button>
            <button type="button" className="button button--secondary" onClick={typeInstead}>
              Type instead
            </button>
          </div>
        </section>
      )}

      {error && (
        <div className="notice notice--error" role="alert">
          <p>{error.what}</p>
          <p>{error.next}</p>
          {error.offerTyping && !typed && (
            <button type="button" className="button" onClick={typeInstead}>
              Type instead of speaking
            </button>
          )}
        </div>
      )}

      {!typed && !unavailable && (
        <div className="button-row dictation-listen">
          <button
            ref={startButton}
            type="button"
            className={`button button--large${dictation.listening ? ' button--danger' : ''}`}
            aria-describedby={`${id}-listen-status`}
            onClick={() => (dictation.listening ? dictation.stop() : startListening())}
          >
            {dictation.listening ? 'Stop dictation' : 'Start dictation'}
          </button>
          <p id={`${id}-listen-status`} className="dictation-status">
            {statusText(dictation.status, onDevice)}
          </p>
        </div>
      )}
      {dictation.meter && <LevelMeter meter={dictation.meter} now={now} />}

      {typed && (
        <form
          className="dictation-say"
          onSubmit={(event) => {
            event.preventDefault();
            if (dictation.say(sayThis)) setSayThis('');
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-say`}>Say this</label>
            <p className="hint" id={`${id}-say-hint`}>
              Type a phrase as you would say it, commands and all, such as “hello world full stop”,
              then press Enter or Send.
            </p>
            <div className="dictation-say__row">
              <input
                ref={sayInput}
                id={`${id}-say`}
                type="text"
                autoComplete="off"
                spellCheck={false}
                lang={settings.lang}
                aria-describedby={`${id}-say-hint`}
                value={sayThis}
                onChange={(event) => setSayThis(event.target.value)}
              />
              <button type="submit" className="button">
                Send
              </button>
            </div>
          </div>
        </form>
      )}

      <div className="field dictation-editor">
        <label htmlFor={`${id}-text`}>Dictated text</label>
        <p className="hint" id={`${id}-text-hint`}>
          Dictation goes in at the cursor. You can type here at any time; everything is saved on
          this device as you go.
        </p>
        <textarea
          ref={textarea}
          id={`${id}-text`}
          rows={8}
          lang={settings.lang}
          dir="auto"
          aria-describedby={`${id}-text-hint`}
          value={doc.text}
          onChange={(event) =>
            dictation.editByHand(event.target.value, {
              start: event.target.selectionStart,
              end: event.target.selectionEnd,
            })
          }
          onSelect={(event) =>
            dictation.select({
              start: event.currentTarget.selectionStart,
              end: event.currentTarget.selectionEnd,
            })
          }
        />
        <p className="dictation-interim" lang={settings.lang} dir="auto">
          {dictation.interim ? (
            <>
              <span className="dictation-interim__label">Still hearing: </span>
              <span className="dictation-interim__text">{dictation.interim}</span>
            </>
          ) : null}
        </p>
        {dictation.hint && (
          <p className="hint dictation-hint" role="status">
            {dictation.hint}
          </p>
        )}
      </div>

      <div className="button-row">
        {passage && (
          <button
            type="button"
            className="button"
            onClick={() => {
              const checked = attempts.check(
                doc.text,
                dictation.firstDictatedAt(),
                dictation.commandsUsed,
              );
              if (checked) setFocusNext('results');
            }}
          >
            Check my dictation
          </button>
        )}
        {doc.text !== '' && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              dictation.clear();
              // The button goes with the text: put focus where the next words will go.
              setFocusNext('text');
            }}
          >
            Clear the text
          </button>
        )}
      </div>

      {attempts.latest && (
        <DictationResults
          ref={resultsHeading}
          latest={attempts.latest}
          attempts={attempts.attempts}
          personalBest={attempts.personalBest}
          level={level}
          headingId={`${id}-results`}
        />
      )}

      <WhatCanISay level={level} />
      <ResultsStream log={dictation.log} version={dictation.logVersion} />
    </div>
  );
}

function statusText(status: string, onDevice: boolean): string {
  switch (status) {
    case 'starting':
      return 'Starting…';
    case 'listening':
      return onDevice ? 'Listening (on this device).' : 'Listening.';
    case 'restarting':
      return 'Still listening (the browser paused, carrying on).';
    default:
      return 'Not listening.';
  }
}
