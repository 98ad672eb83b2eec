/**
 * A microphone level meter: getUserMedia + an AnalyserNode, read about ten
 * times a second. Levels are 0–1 on a decibel scale (−60 dBFS → 0, 0 dBFS → 1),
 * which matches how loud speech seems better than raw amplitude does.
 */

export type MicrophoneErrorCode = 'unsupported' | 'not-allowed' | 'no-microphone' | 'timeout';

export class MicrophoneError extends Error {
  constructor(readonly code: MicrophoneErrorCode) {
    super(`Microphone: ${code}`);
    this.name = 'MicrophoneError';
  }
}

export interface LevelMeter {
  /** Calls back with each new level (0–1); returns an unsubscribe function. */
  subscribe(onLevel: (level: number) => void): () => void;
  close(): void;
}

export interface MicrophoneEngine {
  open(): Promise<LevelMeter>;
}

/** getUserMedia can wait for ever behind a permission prompt nobody answers. */
const OPEN_TIMEOUT_MS = 10_000;
const SAMPLE_EVERY_MS = 100;

export function levelFromSamples(samples: Float32Array): number {
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  const rms = Math.sqrt(sum / Math.max(1, samples.length));
  if (rms <= 0) return 0;
  const decibels = 20 * Math.log10(rms);
  return Math.min(1, Math.max(0, (decibels + 60) / 60));
}

function errorCode(error: unknown): MicrophoneErrorCode {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'not-allowed';
  if (name === 'NotFoundError' || name === 'NotReadableError' || name === 'OverconstrainedError') {
    return 'no-microphone';
  }
  return 'unsupported';
}

export function createBrowserMicrophone(win: Window): MicrophoneEngine {
  return {
    async open() {
      const media = win.navigator.mediaDevices;
      const AudioContextClass = (win as unknown as { AudioContext?: typeof AudioContext })
        .AudioContext;
      if (!media?.getUserMedia || !AudioContextClass) throw new MicrophoneError('unsupported');
      let timer: ReturnType<typeof setTimeout> | undefined;
      let stream: MediaStream;
      try {
        stream = await Promise.race([
          media.getUserMedia({ audio: true }),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new MicrophoneError('timeout')), OPEN_TIMEOUT_MS);
          }),
        ]);
      } catch (error) {
        throw error instanceof MicrophoneError ? error : new MicrophoneError(errorCode(error));
      } finally {
        clearTimeout(timer);
      }
      const context = new AudioContextClass();
      const source = context.createMediaStreamSource(stream);
      const analyser = context.createAnalyser();
      analyser.fftSize = 1024;
      source.connect(analyser);
      const samples = new Float32Array(analyser.fftSize);
      const listeners = new Set<(level: number) => void>();
      const interval = setInterval(() => {
        analyser.getFloatTimeDomainData(samples);
        const level = levelFromSamples(samples);
        for (const listener of listeners) listener(level);
      }, SAMPLE_EVERY_MS);
      return {
        subscribe(onLevel) {
          listeners.add(onLevel);
          return () => listeners.delete(onLevel);
        },
        close() {
          clearInterval(interval);
          listeners.clear();
          source.disconnect();
          for (const track of stream.getTracks()) track.stop();
          void context.close();
        },
      };
    },
  };
}

/** A fake level source: tests set the level; `fail` makes the next open() reject. */
export interface FakeMicrophone extends MicrophoneEngine {
  setLevel(level: number): void;
  fail: MicrophoneErrorCode | null;
  readonly openMeters: number;
}

export function createFakeMicrophone(): FakeMicrophone {
  const listeners = new Set<(level: number) => void>();
  let open = 0;
  const fake: FakeMicrophone = {
    fail: null,
    get openMeters() {
      return open;
    },
    async open() {
      if (fake.fail) throw new MicrophoneError(fake.fail);
      open += 1;
      let closed = false;
      const mine = new Set<(level: number) => void>();
      return {
        subscribe(onLevel) {
          mine.add(onLevel);
          listeners.add(onLevel);
          return () => {
            mine.delete(onLevel);
            listeners.delete(onLevel);
          };
        },
        close() {
          if (closed) return;
          closed = true;
          open -= 1;
          for (const listener of mine) listeners.delete(listener);
        },
      };
    },
    setLevel(level) {
      for (const listener of listeners) listener(level);
    },
  };
  return fake;
}
