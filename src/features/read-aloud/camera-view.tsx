import { useCallback, useEffect, useId, useRef, useState } from 'react';
import {
  CameraError,
  type CameraErrorCode,
  type CameraSession,
} from '../../engines/camera/camera-engine';
import { isSteady, type Outline, pageOutline } from '../../engines/camera/page-outline';
import { useAnnounce } from '../../shared/announcer';
import { useEngines } from '../../shared/engines-context';
import './camera.css';

interface Props {
  busy: boolean;
  /** The picture taken, as a file to read like any other. */
  onPicture(file: File): void;
}

const CAMERA_MESSAGES: Record<CameraErrorCode | 'hidden' | 'ended', string> = {
  'not-allowed':
    'The camera was not allowed. To use it, allow the camera for this site in the browser’s settings (the icon beside the address), then press Use camera again. You can still choose a photo or PDF.',
  'no-camera':
    'No camera was found on this device. You can still choose a photo or PDF, or take the photo on a phone and send it here.',
  'in-use':
    'The camera could not start: another app (a video call, perhaps) may be using it. Close that app, then press Use camera again. You can still choose a photo or PDF.',
  unsupported: 'This browser cannot show the camera here. You can still choose a photo or PDF.',
  timeout:
    'The camera did not start: the browser is still waiting for permission. Answer its question about the camera, then press Use camera again.',
  hidden:
    'The camera was turned off because this page was hidden. Press Use camera to start it again.',
  ended:
    'The camera stopped: it may have been unplugged or taken by another app. Press Use camera to start it again.',
};

/** How often the live view looks for the page: often enough to follow a hand, cheap on a phone. */
const LOOK_EVERY_MS = 400;
/** The small frame the page is looked for in (its long edge, in pixels). */
const LOOK_EDGE = 240;

/**
 * "Use camera": a live view with the page's outline drawn when it is found,
 * "Take picture" and "Close camera". The camera is released (every track
 * stopped, its light off) on Close, after the picture, when the page is left
 * and when the tab is hidden.
 */
export function CameraView({ busy, onPicture }: Props) {
  const { camera } = useEngines();
  const announce = useAnnounce();
  const id = useId();
  const [session, setSession] = useState<CameraSession | null>(null);
  const [opening, setOpening] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [outline, setOutline] = useState<Outline | null>(null);
  const [steady, setSteady] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const takeButton = useRef<HTMLButtonElement>(null);

  // Focus goes back to "Use camera" once it is on the page again after the view closes.
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (!refocus || session) return;
    openButton.current?.focus();
    setRefocus(false);
  }, [refocus, session]);

  const close = useCallback((why?: keyof typeof CAMERA_MESSAGES) => {
    setSession((current) => {
      current?.stop();
      return null;
    });
    setOutline(null);
    setSteady(false);
    if (why) setProblem(CAMERA_MESSAGES[why]);
  }, []);

  const open = async () => {
    setProblem(null);
    setOpening(true);
    try {
      const started = await camera.open();
      // Left the page while the browser was still asking: let the camera go at once.
      if (!mounted.current) started.stop();
      else setSession(started);
    } catch (error) {
      setProblem(CAMERA_MESSAGES[error instanceof CameraError ? error.code : 'in-use']);
    } finally {
      setOpening(false);
    }
  };

  // Show the stream once the view is on the page; focus "Take picture" for keyboard users.
  useEffect(() => {
    if (!session || !video.current) return;
    session.attach(video.current).catch(() => close('in-use'));
    takeButton.current?.focus();
    // Optional: jsdom and some older browsers have no scrollIntoView.
    video.current.scrollIntoView?.({ block: 'start' });
    announce('Camera on. Hold the page inside the view, then press Take picture.');
    const stopEnded = session.onEnded(() => close('ended'));
    const onHidden = () => {
      if (document.visibilityState === 'hidden') close('hidden');
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      stopEnded();
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [session, close, announce]);

  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  // Leaving the page (or this view unmounting for any reason) always releases the camera.
  useEffect(() => () => session?.stop(), [session]);

  // Look for the page a few times a second and draw its outline.
  useEffect(() => {
    if (!session) return;
    let last: Outline | null = null;
    const timer = window.setInterval(() => {
      const frame = session.sample(LOOK_EDGE);
      const found = frame ? pageOutline(frame) : null;
      setSteady(isSteady(last, found));
      last = found;
      setOutline(found);
    }, LOOK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [session]);

  const take = async () => {
    if (!session || busy) return;
    try {
      const blob = await session.capture();
      close();
      setRefocus(true);
      onPicture(new File([blob], `camera-${Date.now()}.jpg`, { type: 'image/jpeg' }));
    } catch {
      close('in-use');
    }
  };

  return (
    <div className="camera">
      {!session && (
        <button
          ref={openButton}
          type="button"
          className="button button--secondary"
          aria-disabled={opening || busy ? true : undefined}
          onClick={() => !opening && !busy && void open()}
        >
          Use camera
        </button>
      )}
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      {session && (
        <section
          aria-label="Camera view"
          className="camera-view"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              close();
              setRefocus(true);
            }
          }}
        >
          <div className="camera-view__frame">
            {/* biome-ignore lint/a11y/useMediaCaption: a live camera picture has no sound to caption */}
            <video ref={video} className="camera-view__video" aria-describedby={`${id}-guide`} />
            {outline && (
              <div
                className={
                  steady
                    ? 'camera-view__outline camera-view__outline--steady'
                    : 'camera-view__outline'
                }
                style={{
                  left: `${outline.left * 100}%`,
                  top: `${outline.top * 100}%`,
                  width: `${outline.width * 100}%`,
                  height: `${outline.height * 100}%`,
                }}
                aria-hidden="true"
              />
            )}
          </div>
          <p id={`${id}-guide`} className="camera-view__guide">
            {outline
              ? steady
                ? 'Page found and steady: take the picture now.'
                : 'Page found: hold it still.'
              : 'Hold the whole page inside the view, flat and well lit.'}
          </p>
          <div className="camera-view__actions">
            <button
              ref={takeButton}
              type="button"
              className="button"
              aria-disabled={busy ? true : undefined}
              onClick={() => void take()}
            >
              Take picture
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                close();
                setRefocus(true);
              }}
            >
              Close camera
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
