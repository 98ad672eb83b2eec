// The real offline engine behind its contract driver on `window.contracts`, for
// tests/contracts/offline.browser.test.ts. Made as src/engines/create-engines.ts makes it; its
// service worker is the one build/pwa.ts writes for the app. Not part of the app.
import { createBrowserOffline } from '../../../src/engines/offline/browser-offline';
import { createOfflineDriver } from '../document-drivers';

const contracts = { offline: createOfflineDriver(createBrowserOffline(window)) };
(window as unknown as { contracts: typeof contracts }).contracts = contracts;
