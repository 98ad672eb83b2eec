import { forwardRef, useId } from 'react';
import type { LevelMeter as Meter } from '../../engines/microphone/microphone-engine';
import { LevelMeter } from './level-meter';

interface ListenControlsProps {
  status: string;
  listening: boolean;
  onDevice: boolean;
  meter: Meter | null;
  now: () => number;
  onPress(): void;
}

/** "Start dictation" / "Stop dictation", what the microphone is doing, and its level. */
export const ListenControls = forwardRef<HTMLButtonElement, ListenControlsProps>(
  function ListenControls({ status, listening, onDevice, meter, now, onPress }, ref) {
    const id = useId();
    return (
      <>
        <div className="button-row dictation-listen">
          <button
            ref={ref}
            type="button"
            className={`button button--large${listening ? ' button--danger' : ''}`}
            aria-describedby={`${id}-listen-status`}
            onClick={onPress}
          >
            {listening ? 'Stop dictation' : 'Start dictation'}
          </button>
          <p id={`${id}-listen-status`} className="dictation-status">
            {statusText(status, onDevice)}
          </p>
        </div>
        {meter && <LevelMeter meter={meter} now={now} />}
      </>
    );
  },
);

function statusText(status: string, onDevice: boolean): string {
  switch (status) {
    case 'starting':
      return 'Starting…';
    case 'listening':
      return onDevice ? 'Listening (on this device).' : 'Listening.';
    case 'restarting':
      return 'Still listening (the browser paused, carrying on).';
    case 'stopping':
      return 'Stopping: finishing the last words…';
    default:
      return 'Not listening.';
  }
}
