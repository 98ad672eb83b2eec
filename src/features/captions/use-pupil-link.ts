import { useCallback, useEffect, useRef, useState } from 'react';
import type { BroadcastPort } from '../../engines/broadcast/broadcast-engine';
import { useEngines } from '../../shared/engines-context';
import { useAppStore } from '../../store/store-context';
import type { CaptionPresentation } from './presentation';
import { CAPTIONS_CHANNEL, type CaptionsSnapshot, readMessage, SNAPSHOT_LINES } from './pupil-sync';
import type { TranscriptLine } from './transcript';

export const PUPIL_ROUTE = '/captions/pupil';

/**
 * The teacher's side of the pupil view: every change is sent as a whole
 * snapshot, and a pupil view that (re)loads says "hello" and is answered
 * at once. Leaving or reloading this window says "bye", so the pupil view
 * can say it is waiting rather than show stale words as live.
 */
export function usePupilLink(
  lines: readonly TranscriptLine[],
  interim: string,
  lang: string,
  presentation: CaptionPresentation,
) {
  const { broadcast, windows } = useEngines();
  const emit = useAppStore((state) => state.emit);
  const port = useRef<BroadcastPort | null>(null);
  const rev = useRef(0);
  const [source] = useState(() => Math.random().toString(36).slice(2));
  const [connected, setConnected] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const snapshot = useRef<() => CaptionsSnapshot>(() => ({}) as CaptionsSnapshot);
  snapshot.current = () => {
    rev.current += 1;
    return {
      kind: 'snapshot',
      rev: rev.current,
      source,
      lines: lines.slice(-SNAPSHOT_LINES).map(({ n, text }) => ({ n, text })),
      interim,
      lang,
      presentation,
    };
  };

  useEffect(() => {
    const opened = broadcast.open(CAPTIONS_CHANNEL);
    port.current = opened;
    const stop = opened.subscribe((raw) => {
      if (readMessage(raw)?.kind !== 'hello') return;
      opened.post(snapshot.current());
      setConnected(true);
      emit({ type: 'captions/pupil-view-connected' });
    });
    opened.post(snapshot.current());
    return () => {
      stop();
      opened.post({ kind: 'bye' });
      opened.close();
      port.current = null;
    };
  }, [broadcast, emit]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the snapshot reads these through its ref.
  useEffect(() => {
    port.current?.post(snapshot.current());
  }, [lines, interim, lang, presentation]);

  const open = useCallback(() => {
    const ok = windows.openRoute(PUPIL_ROUTE, 'captions-pupil-view');
    setBlocked(!ok);
    // A pupil view already open at that address is only brought forward, not reloaded: ask it.
    if (ok) port.current?.post({ kind: 'who' });
    return ok;
  }, [windows]);

  return { open, connected, blocked, pupilUrl: windows.routeUrl(PUPIL_ROUTE) };
}
