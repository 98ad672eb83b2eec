import { useEffect, useId, useRef, useState } from 'react';
import type { OfflineProgress, OfflineState } from '../../engines/offline/offline-engine';
import { useAnnounce } from '../../shared/announcer';
import { useEngines } from '../../shared/engines-context';

const megabytes = (bytes: number) => `${Math.round(bytes / 1_000_000)} MB`;

/** "Make available offline": the large tool assets fetched into the cache, with progress. */
export function OfflineSection() {
  const { offline } = useEngines();
  const announce = useAnnounce();
  const id = useId();
  const [state, setState] = useState<OfflineState | null>(null);
  const [sizes, setSizes] = useState<{ totalBytes: number; cachedBytes: number } | null>(null);
  const [progress, setProgress] = useState<OfflineProgress | null>(null);
  const [error, setError] = useState('');
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    let live = true;
    offline.state().then((s) => live && setState(s));
    offline.toolAssets().then(
      (s) => live && setSizes(s),
      () => live && setSizes(null),
    );
    return () => {
      live = false;
      abort.current?.abort();
    };
  }, [offline]);

  const download = async () => {
    setError('');
    abort.current = new AbortController();
    setProgress({ done: 0, total: 1, bytes: 0, totalBytes: sizes?.totalBytes ?? 0 });
    try {
      await offline.cacheToolAssets(setProgress, abort.current.signal);
      const result = await offline.toolAssets();
      setSizes(result);
      announce('Every tool is now available offline on this device.');
    } catch (problem) {
      if (!abort.current.signal.aborted) {
        setError(
          `${problem instanceof Error ? problem.message : String(problem)} Check the connection and try again; what has downloaded is kept.`,
        );
      }
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  const complete = sizes !== null && sizes.totalBytes > 0 && sizes.cachedBytes >= sizes.totalBytes;

  return (
    <section aria-labelledby={`${id}-heading`} className="preview">
      <h2 id={`${id}-heading`}>Offline use</h2>
      {state === 'unsupported' ? (
        <p>
          This browser cannot keep the app for offline use here. Offline use needs a secure (https)
          address and a browser with service workers, such as a current Chrome, Edge, Firefox or
          Safari.
        </p>
      ) : (
        <>
          <p>
            {state === 'ready'
              ? 'The app itself is stored on this device and opens without a network.'
              : 'The app is being stored on this device for offline use…'}{' '}
            The reading tool&rsquo;s text recognition, its built-in voice and the sample worksheets
            are stored when first used
            {sizes ? `, or all at once (${megabytes(sizes.totalBytes)})` : ''}. Dictation with the
            browser&rsquo;s cloud speech recognition always needs a network; &ldquo;Type instead of
            speaking&rdquo; does not.
          </p>
          {complete && (
            <p className="form-status">Every tool is available offline on this device.</p>
          )}
          {progress ? (
            <div className="field">
              <progress
                id={`${id}-progress`}
                aria-label="Downloading for offline use"
                max={progress.totalBytes || 1}
                value={progress.bytes}
              />
              <span>
                {megabytes(progress.bytes)} of {megabytes(progress.totalBytes)} ({progress.done} of{' '}
                {progress.total} files)
              </span>
              <div>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => abort.current?.abort()}
                >
                  Cancel download
                </button>
              </div>
            </div>
          ) : (
            !complete && (
              <button type="button" className="button" onClick={download} disabled={sizes === null}>
                Make available offline
              </button>
            )
          )}
          {error && (
            <p role="alert" className="notice notice--warning">
              {error}
            </p>
          )}
        </>
      )}
    </section>
  );
}
