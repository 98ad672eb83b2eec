// Drivers for the camera and windows contracts: each takes and returns plain data, so the same
// steps run against a fake in jsdom or across page.evaluate against the real engine in Chromium.
import type { CameraEngine } from '../../src/engines/camera/camera-engine';
import type { WindowsEngine } from '../../src/engines/windows/windows-engine';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const errorOf = (error: unknown) => ({
  name: error instanceof Error ? error.name : typeof error,
  code: error && typeof error === 'object' && 'code' in error ? String(error.code) : null,
});

/** Width and height from a JPEG's start-of-frame marker, or null if it has none. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1] as number;
    // SOF0–SOF15, leaving out DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      const u16 = (i: number) => ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
      return { height: u16(at + 5), width: u16(at + 7) };
    }
    at += 2 + (((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number));
  }
  return null;
}

/** `liveTracks()` counts the camera tracks still running (the light still on). */
export function createCameraDriver(engine: CameraEngine, liveTracks: () => number) {
  return {
    async supported(): Promise<boolean> {
      return engine.supported;
    },
    /** Opens the camera, shows it, takes a picture and a small sample, then stops it twice. */
    async session() {
      const session = await engine.open();
      const video = document.createElement('video');
      document.body.append(video);
      try {
        await session.attach(video);
        for (let i = 0; i < 200 && !session.size(); i += 1) await pause(25);
        const size = session.size();
        const picture = await session.capture();
        const bytes = new Uint8Array(await picture.arrayBuffer());
        const sample = session.sample(64);
        const liveWhileOpen = liveTracks();
        session.stop();
        const stoppedOnce = session.stopped;
        const liveAfterStop = liveTracks();
        session.stop();
        const captureAfterStop = await session.capture().then(
          () => null,
          (error: unknown) => errorOf(error),
        );
        return {
          size,
          picture: { type: picture.type, bytes: bytes.length, size: jpegSize(bytes) },
          sample: sample && {
            width: sample.width,
            height: sample.height,
            dataLength: sample.data.length,
          },
          liveWhileOpen,
          stoppedOnce,
          liveAfterStop,
          stoppedTwice: session.stopped,
          liveAfterSecondStop: liveTracks(),
          captureAfterStop,
        };
      } finally {
        session.stop();
        video.remove();
      }
    },
    /** Opens a camera the person (or the browser) refuses: what the engine threw. */
    async refused() {
      try {
        (await engine.open()).stop();
        return null;
      } catch (error) {
        return errorOf(error);
      }
    },
  };
}
export type CameraDriver = ReturnType<typeof createCameraDriver>;

/** `refusing` is the same engine where the browser blocks pop-ups and full screen. */
export function createWindowsDriver(engine: WindowsEngine, refusing: WindowsEngine) {
  const fullScreen = async (windows: WindowsEngine) => {
    const changes: boolean[] = [];
    const unsubscribe = windows.onFullScreenChange((on) => changes.push(on));
    // The browser reports a change after the promise settles: wait for it, but not for ever.
    const settle = async (count: number) => {
      for (let i = 0; i < 50 && changes.length < count; i += 1) await pause(20);
    };
    const on = await windows.toggleFullScreen();
    if (on) await settle(1);
    const afterOn = windows.isFullScreen();
    const off = on ? await windows.toggleFullScreen() : null;
    if (off) await settle(2);
    const afterOff = windows.isFullScreen();
    unsubscribe();
    const heard = changes.length;
    // Once unsubscribed, a change is not heard.
    if (on && (await windows.toggleFullScreen())) {
      await pause(200);
      if (windows.isFullScreen()) await windows.toggleFullScreen();
    }
    await pause(100);
    return { on, afterOn, off, afterOff, changes, heardAfterUnsubscribe: changes.length > heard };
  };
  return {
    async routeUrl(route: string): Promise<string> {
      return engine.routeUrl(route);
    },
    async open(route: string, name: string): Promise<boolean> {
      return engine.openRoute(route, name);
    },
    async openBlocked(route: string, name: string): Promise<boolean> {
      return refusing.openRoute(route, name);
    },
    fullScreen: () => fullScreen(engine),
    fullScreenRefused: () => fullScreen(refusing),
  };
}
export type WindowsDriver = ReturnType<typeof createWindowsDriver>;
