// The offline contract against the real engine in real Chromium: the suite devices.fake.test.ts
// runs against the fake. The engine needs a service worker, so its harness page is built with the
// app's own service-worker config (build/pwa.ts: precache, tools cache, offline-assets.json).
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { pwaPlugins } from '../../build/pwa';
import { launch, type Session } from '../e2e/support/chromium';
import type { OfflineDriver } from './document-drivers';
import { serveContractHarness } from './harness/serve-harness';
import { offlineContract } from './offline-contract';
import { remoteDriver } from './remote';

let session: Session;
let harness: Awaited<ReturnType<typeof serveContractHarness>>;

beforeAll(async () => {
  // No OCR or voice assets here: the tool assets are the shipped samples, quick to store.
  harness = await serveContractHarness({
    root: join(import.meta.dirname, 'offline-harness'),
    plugins: [pwaPlugins()],
  });
  session = await launch();
  await session.page.goto(harness.url);
  await session.page.waitForFunction(() => 'contracts' in window);
}, 120_000);

afterAll(async () => {
  try {
    expect(session.offsiteRequests).toEqual([]);
    expect(session.errors).toEqual([]);
  } finally {
    await session?.close();
    await harness?.close();
  }
});

offlineContract(
  "a service worker and Cache Storage in real Chromium (a harness page built with the app's own service-worker config)",
  () => remoteDriver<OfflineDriver>(() => session.page, 'offline'),
);
