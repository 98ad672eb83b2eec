import type { WordToCheck } from './ocr-document';

interface Props {
  words: readonly WordToCheck[];
  headingId: string;
  onSelect(word: WordToCheck): void;
}

/** More than this and the list stops being a checklist: the photo needs retaking. */
const MAX_SHOWN = 40;

/** Words OCR was unsure of, as buttons that select each one in the text to compare with the page. */
export function WordsToCheck({ words, headingId, onSelect }: Props) {
  return (
    <section aria-labelledby={headingId} className="ocr-check">
      <h3 id={headingId}>Check these words</h3>
      {words.length === 0 ? (
        <p className="hint">
          OCR was confident of every word. Still read the text through against the page: confident
          is not the same as correct.
        </p>
      ) : (
        <>
          <p className="hint">
            OCR was unsure of {words.length === 1 ? 'this word' : `these ${words.length} words`}.
            Select one to find it in the text, compare it with the page, and correct it if it is
            wrong.
            {words.length > MAX_SHOWN &&
              ` Only the first ${MAX_SHOWN} are listed: with this many, a clearer photo will save time.`}
          </p>
          <ul className="ocr-check__list">
            {words.slice(0, MAX_SHOWN).map((word) => (
              <li key={word.start}>
                <button type="button" className="ocr-check__word" onClick={() => onSelect(word)}>
                  <span className="visually-hidden">Check this word: </span>
                  {word.text}
                  <span className="ocr-check__confidence">
                    {' '}
                    {Math.round(word.confidence)}%<span className="visually-hidden"> sure</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
