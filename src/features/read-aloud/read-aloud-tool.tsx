import './read-aloud.css';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../store/store-context';
import { ImageIntake } from './image-intake';
import { problemMessage } from './messages';
import { boxForRange, summarise, type WordToCheck, wordsToCheck } from './ocr-document';
import { PhotoView } from './photo-view';
import { ReadingPanel } from './reading/reading-panel';
import { useOcrSession } from './use-ocr-session';
import { WordsToCheck } from './words-to-check';

const STAGE_LABELS = { loading: 'Loading OCR', recognising: 'Recognising text' } as const;

type Range = { start: number; end: number } | null;

/**
 * Read aloud: a photo of a page becomes editable text (OCR), with the words
 * OCR was unsure of marked for checking, then the text is read aloud with
 * the spoken word highlighted in the text and on the photo.
 */
export function ReadAloudTool() {
  const id = useId();
  const emit = useAppStore((state) => state.emit);
  const session = useOcrSession();
  const { text, page, status } = session;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [active, setActive] = useState<Range>(null);

  // Stable, and unchanged when the range is the same, so the reading panel's effect settles.
  const onActiveWordChange = useCallback((range: Range) => {
    setActive((previous) =>
      previous?.start === range?.start && previous?.end === range?.end ? previous : range,
    );
  }, []);

  const toCheck = useMemo(() => wordsToCheck(text, page?.words ?? []), [text, page]);
  const activeBox = useMemo(
    () => (page ? boxForRange(text, page.words, active) : null),
    [text, page, active],
  );
  const summary = page ? summarise(page.words) : null;

  const selectWord = (word: WordToCheck) => {
    const box = textarea.current;
    if (!box) return;
    box.focus();
    box.setSelectionRange(word.start, word.end);
    emit({ type: 'ocr/word-checked', confidence: word.confidence });
  };

  const working = status.kind === 'working';

  // Cancel and Dismiss remove the button that was pressed: focus goes to the text, never to nowhere.
  const thenFocusText = (action: () => void) => () => {
    action();
    textarea.current?.focus();
  };

  return (
    <div className="read-aloud">
      <ImageIntake
        busy={working}
        onImage={(file, source) => session.recognise(file, source)}
        onSample={session.chooseSample}
      />

      {working && (
        <div className="ocr-progress">
          <label htmlFor={`${id}-progress`}>{STAGE_LABELS[status.progress.stage]}…</label>
          <progress
            id={`${id}-progress`}
            max={100}
            value={Math.round(status.progress.fraction * 100)}
            aria-label={STAGE_LABELS[status.progress.stage]}
          />
          <button
            type="button"
            className="button button--secondary"
            onClick={thenFocusText(session.cancel)}
          >
            Cancel
          </button>
        </div>
      )}

      {status.kind === 'failed' && (
        <div role="alert" className="notice ocr-problem">
          <p>{problemMessage(status.code, status.size)}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={thenFocusText(session.dismiss)}
          >
            Dismiss
          </button>
        </div>
      )}

      <section aria-labelledby={`${id}-text-heading`} className="ocr-result">
        <h2 id={`${id}-text-heading`}>Check the text</h2>
        <div className="ocr-result__grid">
          <div className="ocr-result__text">
            <div className="field">
              <label htmlFor={`${id}-text`}>Recognised text</label>
              <p className="hint" id={`${id}-text-hint`}>
                {summary
                  ? `OCR found ${summary.words} words (on average ${summary.meanConfidence}% sure). Correct anything it got wrong: what you type here is what is read aloud.`
                  : 'Choose a page above, or type or paste text here to have it read aloud.'}
              </p>
              <textarea
                id={`${id}-text`}
                ref={textarea}
                className="ocr-text"
                rows={12}
                spellCheck
                value={text}
                aria-describedby={`${id}-text-hint`}
                onChange={(event) => session.edit(event.target.value)}
              />
            </div>
            {page && (
              <div className="button-row">
                <button
                  type="button"
                  className="button button--secondary"
                  aria-disabled={working ? true : undefined}
                  onClick={() => !working && session.rotate(-90)}
                >
                  Rotate left
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  aria-disabled={working ? true : undefined}
                  onClick={() => !working && session.rotate(90)}
                >
                  Rotate right
                </button>
              </div>
            )}
            {page && (
              <WordsToCheck words={toCheck} headingId={`${id}-check`} onSelect={selectWord} />
            )}
          </div>
          {page && <PhotoView page={page} activeBox={activeBox} />}
        </div>
      </section>

      <ReadingPanel text={text} onActiveWordChange={onActiveWordChange} />
    </div>
  );
}
