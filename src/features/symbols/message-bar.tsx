import { memo } from 'react';
import type { Message } from './message';
import { cellPictureUrl } from './vocabulary';

export interface MessageBarProps {
  message: Message;
  /** Index of the highlighted action while scanning, or null. */
  highlighted: number | 'row' | null;
  actions: readonly { label: string; run(): void }[];
}

/** The words chosen so far, and what to do with them. */
export const MessageBar = memo(function MessageBar({
  message,
  highlighted,
  actions,
}: MessageBarProps) {
  return (
    <section className="symbols-message" aria-label="Message">
      <ol className="symbols-message__words">
        {message.length === 0 && <li className="hint">No words yet: press a symbol to add it.</li>}
        {message.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same word may appear twice; position is its identity.
          <li key={index}>
            <img src={cellPictureUrl(item.hex)} alt="" />
            <span>{item.word}</span>
          </li>
        ))}
      </ol>
      <div className={`symbols-row${highlighted === 'row' ? ' is-scanned' : ''}`}>
        {actions.map((action, index) => (
          <button
            key={action.label}
            type="button"
            className={`button${highlighted === index ? ' is-scanned' : ''}`}
            onClick={action.run}
          >
            {action.label}
          </button>
        ))}
      </div>
    </section>
  );
});
