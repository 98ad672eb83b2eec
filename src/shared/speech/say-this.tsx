import { forwardRef, useId, useState } from 'react';
import './speech.css';

interface SayThisProps {
  lang: string;
  /** What typing a phrase does in this tool. */
  hint: string;
  /** Sends the phrase; false if it was not taken (then the box keeps it). */
  onSay(phrase: string): boolean;
}

/** "Type instead of speaking": a phrase stands in for what would have been said. */
export const SayThis = forwardRef<HTMLInputElement, SayThisProps>(function SayThis(
  { lang, hint, onSay },
  ref,
) {
  const id = useId();
  const [phrase, setPhrase] = useState('');
  return (
    <form
      className="speech-say"
      onSubmit={(event) => {
        event.preventDefault();
        if (onSay(phrase)) setPhrase('');
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-say`}>Say this</label>
        <p className="hint" id={`${id}-say-hint`}>
          {hint}
        </p>
        <div className="speech-say__row">
          <input
            ref={ref}
            id={`${id}-say`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            lang={lang}
            aria-describedby={`${id}-say-hint`}
            value={phrase}
            onChange={(event) => setPhrase(event.target.value)}
          />
          <button type="submit" className="button">
            Send
          </button>
        </div>
      </div>
    </form>
  );
});
