import { registerSW } from 'virtual:pwa-register';
import { type OfflineEngine, OfflineError } from './offline-engine';

/** Must match TOOLS_CACHE in build/pwa.ts, where the service worker's runtime cache is named. */
const TOOLS_CACHE = 'at-sandbox-tools';

interface ListedAsset {
  url: string;
  bytes: number;
}

export function createBrowserOffline(win: Window): OfflineEngine {
  const supported = 'serviceWorker' in win.navigator && win.isSecureContext;
  const listeners = new Set<() => void>();
  let updateWaiting = false;
  let update: ((reload?: boolean) => Promise<void>) | undefined;
  if (supported) {
    update = registerSW({
      immediate: true,
      onNeedRefresh() {
        updateWaiting = true;
        for (const listener of listeners) listener();
      },
    });
  }
  const base = new URL('./', win.document.baseURI);
  const listAssets = async (): Promise<ListedAsset[]> => {
    const response = await win.fetch(new URL('offline-assets.json', base), { cache: 'no-cache' });
    if (!response.ok)
      throw new OfflineError('network', 'The list of files for offline use could not be loaded.');
    return ((await response.json()) as ListedAsset[]).map((a) => ({
      ...a,
      url: new URL(a.url, base).href,
    }));
  };

  return {
    async state() {
      if (!supported) return 'unsupported';
      const registration = await win.navigator.serviceWorker.getRegistration();
      return registration?.active ? 'ready' : 'installing';
    },
    onUpdateAvailable(listener) {
      listeners.add(listener);
      if (updateWaiting) listener();
      return () => listeners.delete(listener);
    },
    async applyUpdate() {
      await update?.(true);
    },
    async toolAssets() {
      const assets = await listAssets();
      const cache = supported ? await win.caches.open(TOOLS_CACHE) : undefined;
      let cachedBytes = 0;
      for (const asset of assets) if (await cache?.match(asset.url)) cachedBytes += asset.bytes;
      return { totalBytes: assets.reduce((sum, a) => sum + a.bytes, 0), cachedBytes };
    },
    async cacheToolAssets(onProgress, signal) {
      if (!supported) {
        throw new OfflineError(
          'unsupported',
          'This browser cannot keep the app for offline use (it needs a secure https address and service workers).',
        );
      }
      const assets = await listAssets();
      const cache = await win.caches.open(TOOLS_CACHE);
      const totalBytes = assets.reduce((sum, a) => sum + a.bytes, 0);
      let bytes = 0;
      for (const [index, asset] of assets.entries()) {
        signal?.throwIfAborted();
        if (!(await cache.match(asset.url))) {
          try {
            const response = await win.fetch(asset.url, { signal });
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            await cache.put(asset.url, response);
          } catch (error) {
            if (signal?.aborted) throw error;
            if (error instanceof DOMException && error.name === 'QuotaExceededError') {
              throw new OfflineError('quota', 'The device is out of space for offline files.');
            }
            throw new OfflineError(
              'network',
              `A file for offline use could not be downloaded (${asset.url}).`,
            );
          }
        }
        bytes += asset.bytes;
        onProgress({ done: index + 1, total: assets.length, bytes, totalBytes });
      }
    },
  };
}
