import { useEffect, useState } from 'react';
import type { StorageEstimateBytes } from '../../engines/storage/storage-engine';
import { useEngines } from '../../shared/engines-context';

const sizeFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${sizeFormat.format(value)} ${units[unit]}`;
}

/** How much this site keeps on the device, how much it may, and whether the browser may evict it. */
export function StorageUsage() {
  const { storage } = useEngines();
  const [estimate, setEstimate] = useState<StorageEstimateBytes | null | 'checking'>('checking');
  const [persisted, setPersisted] = useState(false);

  useEffect(() => {
    let live = true;
    void Promise.all([storage.estimate(), storage.persisted()]).then(([found, kept]) => {
      if (!live) return;
      setEstimate(found);
      setPersisted(kept);
    });
    return () => {
      live = false;
    };
  }, [storage]);

  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage on this device</h2>
      {estimate === 'checking' ? (
        <p>Checking how much is stored…</p>
      ) : estimate ? (
        <p>
          This site uses {formatBytes(estimate.usage)} of the {formatBytes(estimate.quota)} this
          browser allows it on this device.
        </p>
      ) : (
        <p>This browser does not say how much this site stores.</p>
      )}
      <p>
        {!storage.durable
          ? 'This browser is not letting the app save anything: it is all lost when the tab closes.'
          : persisted
            ? 'The browser has agreed to keep this data even when the device runs short of space.'
            : 'The browser may delete this data if the device runs short of space; the app asks it not to the first time you save something.'}
      </p>
      <p>
        With the app open in several tabs, every tab shows the same settings, progress and text: a
        change in one reaches the others at once, and &ldquo;Clear my data&rdquo; empties them all.
        If the device runs out of space, the app says what it could not save and keeps it on screen.
      </p>
    </section>
  );
}
