/**
 * Other windows and full screen: the captions tool opens a pupil view in a
 * second window (for a second screen or the projector), and the pupil view
 * fills the screen at one key press.
 */
export interface WindowsEngine {
  /**
   * Opens the app at a hash route (for example "/captions/pupil") in a new
   * window, or brings the one of that name forward. False if the browser blocked it.
   */
  openRoute(route: string, name: string): boolean;
  /** The full address of a hash route of this app, for a link to open by hand. */
  routeUrl(route: string): string;
  /** Full screen on, or off again. False if the browser refused. */
  toggleFullScreen(): Promise<boolean>;
  isFullScreen(): boolean;
  /** Calls `listener` whenever full screen starts or ends; returns the unsubscribe. */
  onFullScreenChange(listener: (fullScreen: boolean) => void): () => void;
}

export function createBrowserWindows(win: Window): WindowsEngine {
  const doc = win.document;
  const routeUrl = (route: string) => new URL(`#${route}`, doc.baseURI).href;
  return {
    routeUrl,
    openRoute(route, name) {
      // No "noopener": the pupil view is this app, and Chromium returns null for
      // noopener windows, so a blocked pop-up could not be told from an opened one.
      const opened = win.open(routeUrl(route), name, 'popup,width=1024,height=600');
      if (!opened) return false;
      opened.focus();
      return true;
    },
    async toggleFullScreen() {
      try {
        if (doc.fullscreenElement) await doc.exitFullscreen();
        else await doc.documentElement.requestFullscreen();
        return true;
      } catch {
        return false;
      }
    },
    isFullScreen: () => doc.fullscreenElement !== null,
    onFullScreenChange(listener) {
      const onChange = () => listener(doc.fullscreenElement !== null);
      doc.addEventListener('fullscreenchange', onChange);
      return () => doc.removeEventListener('fullscreenchange', onChange);
    },
  };
}

export interface FakeWindows extends WindowsEngine {
  /** Routes opened, oldest first. */
  readonly opened: { route: string; name: string }[];
  /** Set to false to act as a pop-up blocker. */
  allowPopups: boolean;
  /** Set to false to act as a browser that refuses full screen. */
  allowFullScreen: boolean;
}

export function createFakeWindows(): FakeWindows {
  let fullScreen = false;
  const listeners = new Set<(fullScreen: boolean) => void>();
  const fake: FakeWindows = {
    opened: [],
    allowPopups: true,
    allowFullScreen: true,
    routeUrl: (route) => `http://localhost/#${route}`,
    openRoute(route, name) {
      if (!fake.allowPopups) return false;
      fake.opened.push({ route, name });
      return true;
    },
    async toggleFullScreen() {
      if (!fake.allowFullScreen) return false;
      fullScreen = !fullScreen;
      for (const listener of [...listeners]) listener(fullScreen);
      return true;
    },
    isFullScreen: () => fullScreen,
    onFullScreenChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return fake;
}
