import './read-aloud.css';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../store/store-context';
import { ImageIntake } from './image-intake';
import { problemMessage } from './messages';
import { summarise, type WordToCheck } from './ocr-document';
import { PhotoView } from './photo-view';
import { parseDocument } from './reading/reading-document';
import { ReadingControls } from './reading/reading-panel';
import { useReader } from './reading/use-reader';
import { useOcrSession } from './use-ocr-session';
import { useSettledText } from './use-settled-text';
import { alignOcrWords, pageWordOf, pageWords } from './word-model';
import { WordsToCheck } from './words-to-check';

const STAGE_LABELS = { loading: 'Loading OCR', recognising: 'Recognising text' } as const;

/**
 * Read aloud: photos, PDFs and iPhone pictures become one editable text (OCR,
 * or a PDF's own text), with the words OCR was unsure of marked for checking,
 * then the text is read aloud with the spoken word highlighted in the text
 * and on its page. The tool owns the one parse of the text, the one link from
 * its words to the pages (alignOcrWords) and the reader, and hands the spoken
 * word to both views.
 */
export function ReadAloudTool() {
  const id = useId();
  const emit = useAppStore((state) => state.emit);
  const session = useOcrSession();
  const { text, pages, status } = session;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const settled = useSettledText(text);
  // The box holds its own value (uncontrolled) and is set only when the text changed elsewhere
  // (a recognised page, a restore, another tab): React keeps a controlled textarea's
  // defaultValue in step too, which rewrote all 200,000 characters of its content at every key.
  useLayoutEffect(() => {
    const box = textarea.current;
    if (box && box.value !== text) box.value = text;
  }, [text]);

  const doc = useMemo(() => parseDocument(settled.text), [settled.text]);
  const words = useMemo(() => pageWords(pages), [pages]);
  const model = useMemo(() => alignOcrWords(doc, words), [doc, words]);
  const reader = useReader(doc);
  const { activeWord } = reader.state;
  const spoken = pageWordOf(model, activeWord);
  const summary = pages.length ? summarise(words) : null;
  const toCheck = model.toCheck;

  // The page on show: the one being read while reading, else the one the person chose.
  const [chosenPage, setChosenPage] = useState(0);
  const readingPage = activeWord === null ? null : (model.page[activeWord] ?? null);
  const shownPage = Math.min(readingPage ?? chosenPage, Math.max(0, pages.length - 1));
  useEffect(() => {
    if (readingPage !== null) setChosenPage(readingPage);
  }, [readingPage]);
  useEffect(() => {
    if (pages) setChosenPage(0);
  }, [pages]);

  // A word to check that the person changed: fewer to check for the same pages, after an edit.
  const lastCheck = useRef({ pages, count: toCheck.length });
  useEffect(() => {
    const last = lastCheck.current;
    if (last.pages === pages && toCheck.length < last.count) emit({ type: 'ocr/word-corrected' });
    lastCheck.current = { pages, count: toCheck.length };
  }, [pages, toCheck, emit]);

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
        onFiles={session.recogniseFiles}
        onSample={session.chooseSample}
      />

      {working && (
        <div className="ocr-progress">
          <label htmlFor={`${id}-progress`}>{STAGE_LABELS[status.progress.stage]}…</label>
          {status.page && (
            <p className="ocr-progress__page" id={`${id}-progress-page`}>
              Page {status.page.at} of {status.page.of}
            </p>
          )}
          <progress
            id={`${id}-progress`}
            max={100}
            value={Math.round(status.progress.fraction * 100)}
            aria-label={STAGE_LABELS[status.progress.stage]}
            aria-describedby={status.page ? `${id}-progress-page` : undefined}
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
          <p>
            {problemMessage(status.code, status.size, {
              ...(status.pages ? { pages: status.pages } : {}),
              ...(status.fileName ? { fileName: status.fileName } : {}),
            })}
          </p>
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
                  ? `${pages.length > 1 ? `${pages.length} pages, ` : ''}${summary.words} words found (on average ${summary.meanConfidence}% sure). Correct anything that is wrong: what you type here is what is read aloud.`
                  : 'Choose a page above, or type or paste text here to have it read aloud.'}
              </p>
              <textarea
                id={`${id}-text`}
                ref={textarea}
                className="ocr-text"
                rows={12}
                spellCheck
                aria-describedby={`${id}-text-hint`}
                onChange={(event) => {
                  settled.typing(text, event.target.value);
                  session.edit(event.target.value);
                }}
                onBlur={settled.release}
              />
            </div>
            {pages.length === 1 && !pages[0]?.fromTextLayer && (
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
            {pages.length > 0 && (
              <WordsToCheck words={toCheck} headingId={`${id}-check`} onSelect={selectWord} />
            )}
          </div>
          {pages[shownPage] && (
            <PhotoView
              page={pages[shownPage]}
              activeBox={spoken?.page === shownPage ? spoken.box : null}
              pageNumber={shownPage + 1}
              pageCount={pages.length}
              onChoosePage={(number) => setChosenPage(number - 1)}
            />
          )}
        </div>
      </section>

      <ReadingControls doc={doc} reader={reader} pageOf={model.page} pageCount={pages.length} />
    </div>
  );
}
