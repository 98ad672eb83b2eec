import { useId } from 'react';
import type { Conflict } from './dictation-session';

/**
 * Another tab or window saved a different text while this one had unsaved
 * words: nothing is saved until the person chooses, and nothing is lost.
 */
export function ConflictNotice({
  conflict,
  level,
  onKeep,
}: {
  conflict: Conflict;
  level: 2 | 3;
  onKeep(keep: 'mine' | 'theirs' | 'both'): void;
}) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="notice" role="alert" aria-labelledby={`${id}-conflict`}>
      <Heading id={`${id}-conflict`}>This text was also changed in another tab</Heading>
      <p>
        Another tab or window of this browser saved a different version while you were working here.
        Nothing has been saved over either version. Choose which to keep.
      </p>
      <details>
        <summary>The other tab's version</summary>
        <p className="dictation-conflict__theirs">{conflict.theirs}</p>
      </details>
      <div className="button-row">
        <button type="button" className="button" onClick={() => onKeep('mine')}>
          Keep this tab's text
        </button>
        <button type="button" className="button button--secondary" onClick={() => onKeep('theirs')}>
          Use the other tab's text
        </button>
        <button type="button" className="button button--secondary" onClick={() => onKeep('both')}>
          Keep both, one after the other
        </button>
      </div>
    </section>
  );
}
