import { useEffect, useState } from 'react';
import { useEngines } from '../../shared/engines-context';
import { CaptionDisplay } from './caption-display';
import { colourPair, DEFAULT_PRESENTATION } from './presentation';
import { CAPTIONS_CHANNEL, type CaptionsSnapshot, isNewer, readMessage } from './pupil-sync';
import './captions.css';

/**
 * The pupil view (#/captions/pupil): the captions only, for a second screen
 * or the projector, following the teacher's window over the broadcast engine.
 * On load it asks for the current captions, so a reload of either window
 * recovers by itself. F toggles full screen.
 */
export default function PupilViewPage() {
  const { broadcast, windows } = useEngines();
  const [snapshot, setSnapshot] = useState<CaptionsSnapshot | null>(null);
  const [teacherGone, setTeacherGone] = useState(false);
  const [fullScreen, setFullScreen] = useState(() => windows.isFullScreen());
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    const port = broadcast.open(CAPTIONS_CHANNEL);
    const stop = port.subscribe((raw) => {
      const message = readMessage(raw);
      if (message?.kind === 'snapshot') {
        setTeacherGone(false);
        setSnapshot((current) => (isNewer(current, message) ? message : current));
      } else if (message?.kind === 'bye') setTeacherGone(true);
      else if (message?.kind === 'who') port.post({ kind: 'hello' });
    });
    port.post({ kind: 'hello' });
    return () => {
      stop();
      port.close();
    };
  }, [broadcast]);

  useEffect(() => windows.onFullScreenChange(setFullScreen), [windows]);

  useEffect(() => {
    const previous = document.title;
    document.title = 'Captions (pupil view)';
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'f' && event.key !== 'F') return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      // Never take an F typed into a text field (the pupil view has none, but a page may share the document).
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      void windows.toggleFullScreen().then((ok) => setRefused(!ok));
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.title = previous;
    };
  }, [windows]);

  const presentation = snapshot?.presentation ?? DEFAULT_PRESENTATION;
  const pair = colourPair(presentation.colours);
  const waiting = !snapshot || teacherGone;
  return (
    <main
      id="main"
      className="captions-pupil-view"
      style={{ color: pair.text, background: pair.background }}
    >
      <h1 className="visually-hidden">Captions (pupil view)</h1>
      <div className="captions-pupil-view__bar">
        <p role="status">
          {waiting
            ? "Waiting for captions from the teacher's window (Live captions, in the other window)."
            : ''}
        </p>
        {/* In full screen only the captions show (F or Escape leaves): nothing invisible takes focus. */}
        {!fullScreen && (
          <button
            type="button"
            className="captions-pupil-view__full"
            onClick={() => void windows.toggleFullScreen().then((ok) => setRefused(!ok))}
          >
            Full screen (F)
          </button>
        )}
      </div>
      {refused && (
        <p role="alert" className="captions-pupil-view__alert">
          The browser would not go full screen. Try pressing F11, or make the window as large as it
          goes.
        </p>
      )}
      <CaptionDisplay
        lines={snapshot?.lines ?? []}
        interim={snapshot?.interim ?? ''}
        lang={snapshot?.lang ?? 'en-GB'}
        presentation={presentation}
        empty=""
        fill
      />
    </main>
  );
}
