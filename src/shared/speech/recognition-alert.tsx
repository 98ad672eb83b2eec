import type { ErrorMessage } from '../../domain/recognition/error-messages';

/** Why recognition cannot go on (dictation or captions), what to do next, and a way to type instead. */
export function RecognitionAlert({
  message,
  onTypeInstead,
}: {
  message: ErrorMessage;
  /** Shown only where typing is a way forward. */
  onTypeInstead: (() => void) | null;
}) {
  return (
    <div className="notice notice--error" role="alert">
      <p>{message.what}</p>
      <p>{message.next}</p>
      {onTypeInstead && (
        <button type="button" className="button" onClick={onTypeInstead}>
          Type instead of speaking
        </button>
      )}
    </div>
  );
}
