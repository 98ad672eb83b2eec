import { useState, useSyncExternalStore } from 'react';
import { Link } from 'wouter';
import { usePersistence } from '../store/store-context';
import type { UnsavedRecord } from '../store/sync/failures';

function list(labels: string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

function reason(unsaved: readonly UnsavedRecord[]): string {
  return unsaved.some((item) => item.kind === 'quota')
    ? 'this device has run out of storage space for this site'
    : 'the browser is not letting this site save (private browsing, or a setting that blocks site data)';
}

/**
 * The one alert for writes the browser refused: what was not saved, why, and
 * what to do. What the person sees stays on screen; nothing claims it was saved.
 */
export function StorageAlert() {
  const persistence = usePersistence();
  const { failures } = persistence;
  const unsaved = useSyncExternalStore(failures.subscribe, failures.snapshot, failures.snapshot);
  const [trying, setTrying] = useState(false);
  if (unsaved.length === 0) return null;
  const labels = [...new Set(unsaved.map((item) => item.label))];

  const retry = async () => {
    setTrying(true);
    try {
      await persistence.retry();
    } finally {
      setTrying(false);
    }
  };

  return (
    <div className="notice notice--warning storage-alert" role="alert">
      <p>
        <strong>Not saved:</strong> {list(labels)}, because {reason(unsaved)}. It is still on screen
        in this tab, but will be lost if you close or reload it.
      </p>
      <p>
        To keep it: <Link href="/progress">export your progress</Link> or copy your text somewhere
        safe, free some space on this device, or clear old pages and sites you no longer need from
        the browser&rsquo;s site data. Then try again.
      </p>
      <button type="button" className="button" onClick={retry} disabled={trying}>
        {trying ? 'Trying to save…' : 'Try saving again'}
      </button>
    </div>
  );
}
