import { forwardRef, useId, useState } from 'react';

interface SayThisProps {
  lang: string;
  /** Sends the phrase; false if it was not taken (then the box keeps it). */
  onSay(phrase: string): boolean;
}

/** "Type instead of speaking": a phrase as it would be said, commands and all. */
export const SayThis = forwardRef<HTMLInputElement, SayThisProps>(function SayThis(
  { lang, onSay },
  ref,
) {
  const id = useId();
  const [phrase, setPhrase] = useState('');
  return (
    <form
      className="dictation-say"
      onSubmit={(event) => {
        event.preventDefault();
        if (onSay(phrase)) setPhrase('');
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-say`}>Say this</label>
        <p className="hint" id={`${id}-say-hint`}>
          Type a phrase as you would say it, commands and all, such as “hello world full stop”, then
          press Enter or Send.
        </p>
        <div className="dictation-say__row">
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
