import { forwardRef } from 'react';
import type { ErrorMessage } from '../../domain/recognition/error-messages';
import { ConsentNotice } from './consent-notice';
import { RecognitionAlert } from './recognition-alert';

interface SpeechNoticesProps {
  level: 2 | 3;
  /** Why this browser cannot recognise speech at all (the browser engine chosen anyway). */
  unavailable: ErrorMessage | null;
  /** The last recognition error, if it has not been dismissed. */
  error: ErrorMessage | null;
  typed: boolean;
  askConsent: boolean;
  onAgree(): void;
  onTypeInstead(): void;
}

/** What stands between the engine controls and listening, in this order: cannot, ask first, went wrong. */
export const SpeechNotices = forwardRef<HTMLHeadingElement, SpeechNoticesProps>(
  function SpeechNotices(
    { level, unavailable, error, typed, askConsent, onAgree, onTypeInstead },
    consentRef,
  ) {
    return (
      <>
        {unavailable && <RecognitionAlert message={unavailable} onTypeInstead={onTypeInstead} />}
        {askConsent && !typed && (
          <ConsentNotice
            ref={consentRef}
            level={level}
            onContinue={onAgree}
            onTypeInstead={onTypeInstead}
          />
        )}
        {error && (
          <RecognitionAlert
            message={error}
            onTypeInstead={error.offerTyping && !typed ? onTypeInstead : null}
          />
        )}
      </>
    );
  },
);
