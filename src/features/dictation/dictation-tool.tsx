import { useEffect, useId, useRef, useState } from 'react';
import { recognitionErrorMessage } from '../../domain/recognition/error-messages';
import { languageLabel } from '../../domain/recognition/languages';
import { useEngines } from '../../shared/engines-context';
import { EngineControls } from '../../shared/speech/engine-controls';
import { SayThis } from '../../shared/speech/say-this';
import { SpeechNotices } from '../../shared/speech/speech-notices';
import { useConsentGate } from '../../shared/speech/use-consent-gate';
import { ConflictNotice } from './conflict-notice';
import { DictationEditor } from './dictation-editor';
import { DictationResults } from './dictation-results';
import { inputOf } from './dictation-session';
import { ListenControls } from './listen-controls';
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

type FocusTarget = 'consent' | 'say' | 'start' | 'results' | 'text';

/** The dictation tool: engine choice, listening, the editor, scoring and help. */
export function DictationTool({ storageKey, passage, level }: DictationToolProps) {
  const id = useId();
  const { now } = useEngines();
  const settings = useDictationSettings();
  const dictation = useDictation(storageKey, settings);
  const attempts = useAttempts(passage);
  const refs = {
    consent: useRef<HTMLHeadingElement>(null),
    say: useRef<HTMLInputElement>(null),
    start: useRef<HTMLButtonElement>(null),
    results: useRef<HTMLHeadingElement>(null),
    text: useRef<HTMLTextAreaElement>(null),
  };
  /** Where focus goes after the next render (the element may not exist until then). */
  const [focusNext, setFocusNext] = useState<FocusTarget | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the refs are stable; focus moves once per request.
  useEffect(() => {
    if (!focusNext) return;
    refs[focusNext].current?.focus();
    setFocusNext(null);
  }, [focusNext]);
  const Heading = level === 2 ? 'h2' : 'h3';
  const { session, doc } = dictation;
  const typed = settings.engine === 'typed';
  const onDevice = settings.onDevice === 'available';

  const { askConsent, startListening, typeInstead, agree } = useConsentGate({
    onDevice,
    consented: settings.cloudConsent,
    giveConsent: settings.giveConsent,
    start: dictation.start,
    dismissError: dictation.dismissError,
    setEngine: settings.setEngine,
    focus: setFocusNext,
  });

  const error = dictation.error ? recognitionErrorMessage(dictation.error, settings.lang) : null;
  const unavailable =
    !typed && settings.unavailable
      ? recognitionErrorMessage(settings.unavailable, settings.lang)
      : null;
  const hint = session.message?.shown ? session.message.text : null;

  return (
    <div className="dictation">
      {passage && (
        <section className="dictation-passage" aria-labelledby={`${id}-passage`}>
          <Heading id={`${id}-passage`}>Passage to dictate</Heading>
          <p className="dictation-passage__text">{passage}</p>
        </section>
      )}

      <EngineControls
        settings={settings}
        disabled={dictation.listening}
        stopWhat="dictation"
        languageNote={
          !settings.lang.startsWith('en') && (
            <p className="hint">
              Spoken commands work in English only: in {languageLabel(settings.lang)}, every word
              you say is typed.
            </p>
          )
        }
      />

      <SpeechNotices
        ref={refs.consent}
        level={level}
        unavailable={unavailable}
        error={error}
        typed={typed}
        askConsent={askConsent}
        onAgree={agree}
        onTypeInstead={typeInstead}
      />

      {!typed && !unavailable && (
        <ListenControls
          ref={refs.start}
          status={dictation.status}
          listening={dictation.listening}
          onDevice={onDevice}
          meter={dictation.meter}
          now={now}
          onPress={() => (dictation.listening ? dictation.stop() : startListening())}
        />
      )}

      {typed && (
        <SayThis
          ref={refs.say}
          lang={settings.lang}
          hint="Type a phrase as you would say it, commands and all, such as “hello world full stop”, then press Enter or Send."
          onSay={dictation.say}
        />
      )}

      {session.conflict && (
        <ConflictNotice
          conflict={session.conflict}
          level={level}
          onKeep={dictation.resolveConflict}
        />
      )}

      <DictationEditor
        ref={refs.text}
        id={id}
        lang={settings.lang}
        text={doc.text}
        selection={doc.selection}
        change={session.change}
        interim={dictation.interim}
        hint={hint}
        onEdit={dictation.editByHand}
        onSelect={dictation.select}
      />

      <div className="button-row">
        {passage && (
          <button
            type="button"
            className="button"
            onClick={() => {
              if (
                attempts.check(
                  doc.text,
                  session.firstAt,
                  session.commandsUsed,
                  inputOf(session.wordsBy),
                )
              ) {
                setFocusNext('results');
              }
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
          ref={refs.results}
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
