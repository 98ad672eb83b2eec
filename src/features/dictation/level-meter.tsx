import { useEffect, useId, useState } from 'react';
import type { LevelMeter as Meter } from '../../engines/microphone/microphone-engine';

/** Below this level (about −45 dBFS) we count the room as silent. */
const QUIET = 0.25;
/** How long silence lasts before we suggest checking the microphone. */
const QUIET_FOR_MS = 5000;

/**
 * The microphone level, so a person can see that they are heard. Its own
 * component: it re-renders ten times a second without touching the editor.
 */
export function LevelMeter({ meter, now }: { meter: Meter; now: () => number }) {
  const id = useId();
  const [level, setLevel] = useState(0);
  const [quiet, setQuiet] = useState(false);
  useEffect(() => {
    let quietSince = now();
    return meter.subscribe((next) => {
      setLevel(next);
      if (next >= QUIET) quietSince = now();
      setQuiet(now() - quietSince >= QUIET_FOR_MS);
    });
  }, [meter, now]);
  const percent = Math.round(level * 100);
  return (
    <div className="dictation-meter">
      <label htmlFor={`${id}-meter`}>Microphone level</label>
      <meter
        id={`${id}-meter`}
        min={0}
        max={100}
        low={25}
        high={85}
        optimum={60}
        value={percent}
        aria-valuetext={`${percent}%`}
      >
        {percent}%
      </meter>
      {quiet && (
        <p className="hint dictation-meter__hint">
          Nothing heard for a few seconds. Check the microphone is not muted, that it is the one
          your browser is using (site settings, beside the web address), and speak a little closer.
        </p>
      )}
    </div>
  );
}
