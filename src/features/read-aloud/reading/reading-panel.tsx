import './reading.css';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { SynthesisVoice } from '../../../engines/synthesis/synthesis-engine';
import { useSetCaption } from '../../../shared/captions';
import { useEngines } from '../../../shared/engines-context';
import { loadFont } from './fonts';
import { RATE, rateLabel, snap } from './preferences';
import { parseDocument, type ReadingDocument } from './reading-document';
import { ReadingPreferencesForm } from './reading-preferences-form';
import { ReadingView } from './reading-view';
import { type Reader, useReader } from './use-reader';
import { useReadingPreferences } from './use-reading-preferences';
import { chooseVoice, groupVoices, voiceLabel } from './voice-choice';

export interface ReadingPanelProps {
  text: string;
  /** The spoken word's character range in `text` (for highlighting it elsewhere, such as on the photo), or null. */
  onActiveWordChange?(range: { start: number; end: number } | null): void;
  /** The language of the text, for choosing a voice. */
  lang?: string;
}

const METHOD_NOTES = {
  exact: 'Highlight: exact word timings from the built-in voice.',
  boundary: 'Highlight: word events sent by the voice.',
  estimated:
    'Highlight: estimated timing (this voice does not say where it is), corrected at each sentence.',
} as const;

const ERROR_MESSAGES = {
  'no-voices': 'This voice is not available on this device.',
  'synthesis-failed': 'The voice could not read the text.',
  timeout: 'The voice did not start speaking.',
  'voice-load-failed': 'The built-in voice could not be loaded.',
  'audio-blocked':
    'The browser would not play sound. Check that the device’s sound is on, then press Read aloud again.',
} as const;

/**
 * The reading view with its controls: read the text aloud with a browser
 * voice or the built-in one, the spoken word highlighted as the one `<mark>`,
 * and reading preferences as Immersive Reader offers them.
 */
export function ReadingPanel({ text, onActiveWordChange, lang = 'en-GB' }: ReadingPanelProps) {
  const doc = useMemo(() => parseDocument(text, lang), [text, lang]);
  const reader = useReader(doc);
  const { activeWord } = reader.state;
  useEffect(() => {
    if (!onActiveWordChange) return;
    const word = activeWord === null ? null : doc.words[activeWord];
    onActiveWordChange(word ? { start: word.start, end: word.end } : null);
  }, [activeWord, doc, onActiveWordChange]);
  return <ReadingControls doc={doc} reader={reader} lang={lang} />;
}

export interface ReadingControlsProps {
  /** The text as words and sentences, parsed once by whoever owns the text. */
  doc: ReadingDocument;
  /** The reader over that document (useReader), owned with it. */
  reader: Reader;
  lang?: string;
  /** For each word of `doc`, its page (0-based), for a document of several pages. */
  pageOf?: readonly number[];
  /** How many pages the document has (a page indicator is shown when more than one). */
  pageCount?: number;
}

/**
 * The controls and the reading view over a document and reader owned
 * elsewhere, so one parse and one reader serve the text, the highlight and
 * the photo view alike. Memoised: a keystroke in the text box that the
 * document does not follow yet (a long text being typed) renders none of it.
 */
export const ReadingControls = memo(function ReadingControls({
  doc,
  reader,
  lang = 'en-GB',
  pageOf,
  pageCount = 1,
}: ReadingControlsProps) {
  const { synthesis } = useEngines();
  const id = useId();
  const { preferences, change } = useReadingPreferences();
  const { state, start, pause, stop, dismissError } = reader;
  const [voices, setVoices] = useState<SynthesisVoice[] | null>(null);
  const voicesPromise = useRef<Promise<SynthesisVoice[]> | null>(null);
  const [noVoice, setNoVoice] = useState(false);
  const [findingVoices, setFindingVoices] = useState(false);

  useEffect(() => {
    let live = true;
    const promise = synthesis.voices();
    voicesPromise.current = promise;
    promise.then((list) => live && setVoices(list)).catch(() => live && setVoices([]));
    return () => {
      live = false;
    };
  }, [synthesis]);

  useEffect(() => {
    loadFont(preferences.font).catch(() => {});
  }, [preferences.font]);

  const voice = useMemo(
    () => (voices ? chooseVoice(voices, lang, preferences.voice) : null),
    [voices, lang, preferences.voice],
  );
  const builtInFallback = useMemo(
    () =>
      voices
        ? chooseVoice(
            voices.filter((v) => v.builtIn),
            lang,
          )
        : null,
    [voices, lang],
  );
  const browserVoiceCount = voices?.filter((v) => !v.builtIn).length ?? 0;

  // Presenter mode shows the sentence being read as a big caption for the room.
  const setCaption = useSetCaption();
  const sentenceIndex = state.activeWord === null ? null : doc.words[state.activeWord]?.sentence;
  useEffect(() => {
    const sentence =
      sentenceIndex === null || sentenceIndex === undefined
        ? undefined
        : doc.sentences[sentenceIndex];
    if (sentence) setCaption(doc.text.slice(sentence.start, sentence.end).trim());
  }, [sentenceIndex, doc, setCaption]);

  const readFrom = useCallback(
    async (fromWord: number, chosen?: SynthesisVoice, rate = preferences.rate) => {
      let list = voices;
      if (!list) {
        setFindingVoices(true);
        list = (await voicesPromise.current?.catch(() => [])) ?? [];
        setFindingVoices(false);
      }
      const use = chosen ?? chooseVoice(list, lang, preferences.voice);
      setNoVoice(!use);
      if (use) start(fromWord, use, rate);
    },
    [voices, lang, preferences.voice, preferences.rate, start],
  );

  const reading = state.status === 'speaking' || state.status === 'loading';
  const resumeWord = state.activeWord ?? 0;
  const primary =
    state.status === 'paused'
      ? { label: 'Resume', action: () => readFrom(resumeWord, voice ?? undefined) }
      : reading
        ? { label: 'Pause', action: pause }
        : { label: 'Read aloud', action: () => readFrom(0, voice ?? undefined) };

  const chooseVoiceById = (voiceId: string) => {
    const chosen = voices?.find((v) => v.id === voiceId);
    if (!chosen) return;
    change('voice', chosen.id);
    setNoVoice(false);
    if (reading) readFrom(state.activeWord ?? 0, chosen);
  };

  const changeRate = (value: number) => {
    const rate = snap(value, RATE);
    change('rate', rate);
    if (reading) readFrom(state.activeWord ?? 0, voice ?? undefined, rate);
  };

  const switchToBuiltIn = () => {
    if (!builtInFallback) return;
    const from = state.error?.fromWord ?? 0;
    change('voice', builtInFallback.id);
    dismissError();
    readFrom(from, builtInFallback);
  };

  const empty = doc.words.length === 0;
  const method = state.method ?? (voice?.builtIn ? 'exact' : null);
  const error = state.error;

  return (
    <section className="reading-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Listen and read</h2>
      <div className="reading-controls">
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={primary.action}
            aria-disabled={empty ? true : undefined}
          >
            {primary.label}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => state.status !== 'idle' && stop()}
            aria-disabled={state.status === 'idle' ? true : undefined}
          >
            Stop
          </button>
        </div>
        <div className="field">
          <label htmlFor={`${id}-voice`}>Voice</label>
          <select
            id={`${id}-voice`}
            value={voice?.id ?? ''}
            onChange={(e) => chooseVoiceById(e.target.value)}
          >
            {!voices && <option value="">Looking for voices…</option>}
            {voices && !voice && <option value="">Choose a voice</option>}
            {groupVoices(voices ?? [], lang).map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.voices.map((v) => (
                  <option key={v.id} value={v.id}>
                    {voiceLabel(v)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-rate`}>Reading speed</label>
          <div className="range-row">
            <input
              id={`${id}-rate`}
              type="range"
              min={RATE.min}
              max={RATE.max}
              step={RATE.step}
              value={preferences.rate}
              aria-valuetext={rateLabel(preferences.rate)}
              onChange={(e) => changeRate(Number(e.target.value))}
            />
            <output htmlFor={`${id}-rate`}>{rateLabel(preferences.rate)}</output>
          </div>
        </div>
      </div>

      <div className="reading-notes">
        {method && <p className="hint reading-method">{METHOD_NOTES[method]}</p>}
        {voices && browserVoiceCount === 0 && (
          <p className="notice">
            This browser has no voices of its own on this device, so the built-in voice reads
            instead. It works without the internet.
          </p>
        )}
        {voice && !voice.localService && (
          <p className="notice">
            “{voice.name}” is an online voice: the browser sends the text to a speech service to
            read it. Choose a voice marked “on this device” or “built-in” to keep the text on this
            device.
          </p>
        )}
        {empty && <p className="hint">There is no text to read yet.</p>}
      </div>

      {findingVoices && (
        <div className="reading-progress">
          <span id={`${id}-finding`}>Finding the voices on this device…</span>
          <progress aria-labelledby={`${id}-finding`} />
        </div>
      )}

      {state.status === 'loading' && (
        <div className="reading-progress">
          <label htmlFor={`${id}-progress`}>Loading the built-in voice</label>
          <progress
            id={`${id}-progress`}
            max={100}
            value={Math.round((state.progress ?? 0) * 100)}
            aria-label="Loading the built-in voice"
          />
        </div>
      )}

      {noVoice && (
        <div role="alert" className="notice reading-error">
          <p>
            There is no voice for this language on this device. Choose a voice in the Voice list
            (the built-in ones work without the internet), then press Read aloud.
          </p>
        </div>
      )}

      {error && (
        <div role="alert" className="notice notice--error reading-error">
          <p>
            {ERROR_MESSAGES[error.error.code]}{' '}
            {error.voice.builtIn
              ? error.error.code === 'audio-blocked'
                ? ''
                : 'Reload the page and press Read aloud to try again. If it keeps failing, the app’s voice files may be missing: tell whoever looks after the app.'
              : 'The built-in voice works on this device without the internet: use it, or choose another voice and press Read aloud.'}
          </p>
          {!error.voice.builtIn && builtInFallback && (
            <button type="button" className="button" onClick={switchToBuiltIn}>
              Use the built-in voice
            </button>
          )}
        </div>
      )}

      {pageCount > 1 && (
        <p className="reading-page" aria-live="off">
          Page {(state.activeWord === null ? 0 : (pageOf?.[state.activeWord] ?? 0)) + 1} of{' '}
          {pageCount}
        </p>
      )}

      <ReadingView
        doc={doc}
        activeWord={state.activeWord}
        preferences={preferences}
        lang={lang}
        {...(pageOf && pageCount > 1 ? { pageOf } : {})}
        onChooseWord={(index) => readFrom(index, voice ?? undefined)}
      />

      <ReadingPreferencesForm preferences={preferences} change={change} />
    </section>
  );
});
