/**
 * The camera as a live view for photographing a page: getUserMedia video,
 * the rear camera preferred, frames grabbed to a canvas. Every track is
 * stopped on `stop()` (the camera's light goes off), and a session that the
 * browser or another app ends reports it.
 */
import { withTimeout } from '../with-timeout';

export type CameraErrorCode =
  /** The person or the browser's settings refused the camera. */
  | 'not-allowed'
  /** No camera on this device. */
  | 'no-camera'
  /** The camera is there but another app (a video call) is using it. */
  | 'in-use'
  /** No getUserMedia here (an old browser, or a page not served over https). */
  | 'unsupported'
  /** Nobody answered the permission prompt. */
  | 'timeout';

export class CameraError extends Error {
  constructor(readonly code: CameraErrorCode) {
    super(`Camera: ${code}`);
    this.name = 'CameraError';
  }
}

export interface FrameSize {
  width: number;
  height: number;
}

export interface CameraSession {
  /** Shows the live view in `video` (muted, inline, playing). */
  attach(video: HTMLVideoElement): Promise<void>;
  /** The frame size the camera delivers, once it has started. */
  size(): FrameSize | null;
  /** The current frame, full size, as a JPEG: the picture to read. */
  capture(): Promise<Blob>;
  /** The current frame made small (long edge `maxEdge`), as RGBA pixels, for finding the page. */
  sample(maxEdge: number): ImageData | null;
  /** Called if the camera stops by itself (unplugged, taken by another app). */
  onEnded(listener: () => void): () => void;
  /** Stops every track. Safe to call twice. */
  stop(): void;
  readonly stopped: boolean;
}

export interface CameraEngine {
  /** Whether this browser can show a camera at all (so the button is offered only where it works). */
  readonly supported: boolean;
  open(): Promise<CameraSession>;
}

/** A permission prompt can wait for ever if nobody answers it. */
const OPEN_TIMEOUT_MS = 30_000;

export function cameraErrorCode(error: unknown): CameraErrorCode {
  if (error instanceof CameraError) return error.code;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') {
    return 'not-allowed';
  }
  if (
    name === 'NotFoundError' ||
    name === 'OverconstrainedError' ||
    name === 'DevicesNotFoundError'
  ) {
    return 'no-camera';
  }
  if (name === 'NotReadableError' || name === 'AbortError' || name === 'TrackStartError') {
    return 'in-use';
  }
  return 'in-use';
}

export function createBrowserCamera(win: Window = window): CameraEngine {
  const media = win.navigator.mediaDevices;
  const supported = typeof media?.getUserMedia === 'function';
  return {
    supported,
    async open() {
      if (!supported) throw new CameraError('unsupported');
      let stream: MediaStream;
      try {
        stream = await withTimeout(
          media.getUserMedia({
            audio: false,
            // The rear camera where there is one (phones, tablets); any camera otherwise.
            video: {
              facingMode: { ideal: 'environment' },
              width: { ideal: 1920 },
              height: { ideal: 1440 },
            },
          }),
          OPEN_TIMEOUT_MS,
          () => new CameraError('timeout'),
        );
      } catch (error) {
        throw new CameraError(cameraErrorCode(error));
      }
      return streamSession(win, stream);
    },
  };
}

function streamSession(win: Window, stream: MediaStream): CameraSession {
  let video: HTMLVideoElement | null = null;
  let stopped = false;
  const endedListeners = new Set<() => void>();
  const [track] = stream.getVideoTracks();
  const onTrackEnded = () => {
    if (stopped) return;
    stop();
    for (const listener of [...endedListeners]) listener();
  };
  track?.addEventListener('ended', onTrackEnded);

  function stop() {
    if (stopped) return;
    stopped = true;
    track?.removeEventListener('ended', onTrackEnded);
    for (const t of stream.getTracks()) t.stop();
    if (video) {
      video.pause();
      video.srcObject = null;
    }
    video = null;
  }

  const size = (): FrameSize | null =>
    video && video.videoWidth > 0 ? { width: video.videoWidth, height: video.videoHeight } : null;

  const draw = (width: number, height: number) => {
    const canvas = win.document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context || !video) throw new CameraError('in-use');
    context.drawImage(video, 0, 0, width, height);
    return { canvas, context };
  };

  return {
    get stopped() {
      return stopped;
    },
    async attach(element) {
      video = element;
      element.muted = true;
      element.playsInline = true;
      element.srcObject = stream;
      await element.play();
    },
    size,
    async capture() {
      const frame = size();
      if (!frame || stopped) throw new CameraError('in-use');
      const { canvas } = draw(frame.width, frame.height);
      try {
        return await new Promise<Blob>((resolve, reject) =>
          canvas.toBlob(
            (blob) => (blob ? resolve(blob) : reject(new CameraError('in-use'))),
            'image/jpeg',
            0.92,
          ),
        );
      } finally {
        canvas.width = canvas.height = 0; // give the frame's memory back now
      }
    },
    sample(maxEdge) {
      const frame = size();
      if (!frame || stopped) return null;
      const scale = Math.min(1, maxEdge / Math.max(frame.width, frame.height));
      const width = Math.max(1, Math.round(frame.width * scale));
      const height = Math.max(1, Math.round(frame.height * scale));
      const { canvas, context } = draw(width, height);
      const pixels = context.getImageData(0, 0, width, height);
      canvas.width = canvas.height = 0;
      return pixels;
    },
    onEnded(listener) {
      endedListeners.add(listener);
      return () => endedListeners.delete(listener);
    },
    stop,
  };
}

export interface FakeCameraOptions {
  /** Refuse to open with this error. */
  fail?: CameraErrorCode;
  /** The picture `capture()` returns. */
  picture?: Blob;
  supported?: boolean;
}

/** The fake camera's frame size (a 4:3 webcam). */
const FAKE_FRAME = { width: 1440, height: 1080 } as const;

/** A camera for tests: opens (or fails) on cue, counts its sessions and stops. */
export function createFakeCamera(options: FakeCameraOptions = {}) {
  const sessions: (CameraSession & { end(): void })[] = [];
  const engine: CameraEngine & {
    sessions: typeof sessions;
    /** Sessions opened and not yet stopped: must be 0 whenever the camera view is closed. */
    live(): number;
  } = {
    supported: options.supported ?? true,
    sessions,
    live: () => sessions.filter((s) => !s.stopped).length,
    async open() {
      if (options.fail) throw new CameraError(options.fail);
      let stopped = false;
      const ended = new Set<() => void>();
      const session = {
        get stopped() {
          return stopped;
        },
        async attach() {},
        size: () => (stopped ? null : FAKE_FRAME),
        async capture() {
          if (stopped) throw new CameraError('in-use');
          return (
            options.picture ??
            new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' })
          );
        },
        // A plain grey frame of the asked size: a desk with no page on it.
        sample(maxEdge: number) {
          if (stopped) return null;
          const scale = Math.min(1, maxEdge / FAKE_FRAME.width);
          const width = Math.max(1, Math.round(FAKE_FRAME.width * scale));
          const height = Math.max(1, Math.round(FAKE_FRAME.height * scale));
          const data = new Uint8ClampedArray(width * height * 4).fill(90);
          return { width, height, data } as unknown as ImageData;
        },
        onEnded(listener: () => void) {
          ended.add(listener);
          return () => ended.delete(listener);
        },
        stop() {
          stopped = true;
        },
        /** The test's way to pull the camera away, as another app would. */
        end() {
          stopped = true;
          for (const listener of [...ended]) listener();
        },
      };
      sessions.push(session);
      return session;
    },
  };
  return engine;
}
