import { useRef, useState } from 'react';

interface ConfirmActionProps {
  /** The button that asks first, e.g. "Clear my data". */
  label: string;
  /** The question shown once it is pressed. */
  question: string;
  /** The button that does it, e.g. "Yes, delete my data". */
  confirmLabel: string;
  onConfirm(): void | Promise<void>;
  danger?: boolean;
}

/**
 * A destructive action that asks first, inline: the question takes focus's
 * place, and Cancel puts focus back on the button that asked.
 */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  onConfirm,
  danger = false,
}: ConfirmActionProps) {
  const [confirming, setConfirming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const buttonClass = danger ? 'button button--danger' : 'button';
  if (!confirming) {
    return (
      <button
        ref={trigger}
        type="button"
        className={buttonClass}
        onClick={() => setConfirming(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <fieldset className="confirm">
      <legend>{question}</legend>
      <div className="button-row">
        <button
          type="button"
          className={buttonClass}
          // biome-ignore lint/a11y/noAutofocus: focus moves into the confirmation that just appeared.
          autoFocus
          onClick={async () => {
            await onConfirm();
            setConfirming(false);
          }}
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setConfirming(false);
            requestAnimationFrame(() => trigger.current?.focus());
          }}
        >
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
