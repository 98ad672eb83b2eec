/**
 * Offline use: the service worker (shell precached, tools cached on first
 * use), "Make available offline" for the large tool assets, and the prompt
 * when a new version has been deployed.
 */
export type OfflineState = 'unsupported' | 'installing' | 'ready';

export interface OfflineProgress {
  done: number;
  total: number;
  /** Bytes fetched so far, of `totalBytes`. */
  bytes: number;
  totalBytes: number;
}

export interface OfflineEngine {
  /** Whether the app shell is ready to open without a network. */
  state(): Promise<OfflineState>;
  /** Called once if a new version is waiting; `applyUpdate` reloads into it. */
  onUpdateAvailable(listener: () => void): () => void;
  applyUpdate(): Promise<void>;
  /** Size of the tool assets (OCR, built-in voice, samples), and how much is already cached. */
  toolAssets(): Promise<{ totalBytes: number; cachedBytes: number }>;
  /** Fetches every tool asset into the cache; resolves when all are stored. */
  cacheToolAssets(
    onProgress: (progress: OfflineProgress) => void,
    signal?: AbortSignal,
  ): Promise<void>;
}

export class OfflineError extends Error {
  constructor(
    readonly code: 'unsupported' | 'network' | 'quota',
    message: string,
  ) {
    super(message);
    this.name = 'OfflineError';
  }
}

/** For tests: a service worker that is always ready, and a scripted download. */
export function createFakeOffline(assets: { url: string; bytes: number }[] = []): OfflineEngine & {
  announceUpdate(): void;
  updatesApplied: number;
} {
  const listeners = new Set<() => void>();
  const cached = new Set<string>();
  const engine = {
    updatesApplied: 0,
    state: async () => 'ready' as const,
    onUpdateAvailable(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async applyUpdate() {
      engine.updatesApplied += 1;
    },
    announceUpdate() {
      for (const listener of listeners) listener();
    },
    async toolAssets() {
      const totalBytes = assets.reduce((sum, a) => sum + a.bytes, 0);
      const cachedBytes = assets
        .filter((a) => cached.has(a.url))
        .reduce((sum, a) => sum + a.bytes, 0);
      return { totalBytes, cachedBytes };
    },
    async cacheToolAssets(onProgress: (progress: OfflineProgress) => void) {
      const totalBytes = assets.reduce((sum, a) => sum + a.bytes, 0);
      let bytes = 0;
      for (const [index, asset] of assets.entries()) {
        bytes += asset.bytes;
        cached.add(asset.url);
        onProgress({ done: index + 1, total: assets.length, bytes, totalBytes });
      }
    },
  };
  return engine;
}
