import { useEffect, useState } from 'react';
import { useEngines } from '../shared/engines-context';

/** Shown when a new version has been deployed: update now (reloads) or later. */
export function UpdatePrompt() {
  const { offline } = useEngines();
  const [waiting, setWaiting] = useState(false);
  useEffect(() => offline.onUpdateAvailable(() => setWaiting(true)), [offline]);
  if (!waiting) return null;
  return (
    <section className="notice notice--warning update-prompt" aria-label="New version">
      <p>
        A new version of the app is ready. Updating reloads the page; what you have typed is kept.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => offline.applyUpdate()}>
          Update now
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setWaiting(false)}
        >
          Later
        </button>
      </div>
    </section>
  );
}
