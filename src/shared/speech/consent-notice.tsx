import { forwardRef, useId } from 'react';
import './speech.css';

interface ConsentNoticeProps {
  level: 2 | 3;
  onContinue(): void;
  onTypeInstead(): void;
}

/** Before the first cloud recognition, in dictation or live captions: the voice goes to the browser's speech service. */
export const ConsentNotice = forwardRef<HTMLHeadingElement, ConsentNoticeProps>(
  function ConsentNotice({ level, onContinue, onTypeInstead }, ref) {
    const id = useId();
    const Heading = level === 2 ? 'h2' : 'h3';
    return (
      <section className="notice speech-consent" aria-labelledby={`${id}-consent`}>
        <Heading id={`${id}-consent`} ref={ref} tabIndex={-1}>
          Before you start: your voice goes to the browser's speech service
        </Heading>
        <p>
          This browser does not recognise speech on this device. While you dictate or run live
          captions, it sends the sound of your voice to its maker's speech service (Google for
          Chrome, Microsoft for Edge, Apple for Safari) and gets the words back. This app sends
          nothing itself and keeps your text and transcripts only on this device.
        </p>
        <p>
          Everything said near the microphone is sent, including pupils' names and personal details,
          so do not say anything private. If you would rather not send your voice, type instead.
        </p>
        <p>Your answer applies to both Dictation and Live captions on this device.</p>
        <div className="button-row">
          <button type="button" className="button" onClick={onContinue}>
            Continue
          </button>
          <button type="button" className="button button--secondary" onClick={onTypeInstead}>
            Type instead
          </button>
        </div>
      </section>
    );
  },
);
