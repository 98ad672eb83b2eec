// The offline contract against the real engine in real Chromium: the suite devices.fake.test.ts
// runs against the fake. The engine needs a service worker, so its harness page is built with the
// app's own service-worker config (build/pwa.ts: precache, tools cache, offline-assets.json).
import { readFileSync, writeFileSync } from 'node:fs';
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
let loads = 0;
let loadsAtDeploy = 0;

const ready = () => session.page.waitForFunction(() => 'contracts' in window);

beforeAll(async () => {
  // No OCR or voice assets here: the tool assets are the shipped samples, quick to store.
  harness = await serveContractHarness({
    root: join(import.meta.dirname, 'offline-harness'),
    plugins: [pwaPlugins()],
  });
  session = await launch();
  session.page.on('load', () => {
    loads += 1;
  });
  await session.page.goto(harness.url);
  await ready();
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
  async () => {
    // A new version: a changed service worker, for the engine on a newly loaded page to hear of.
    // The server knows each file's length from its start, so the change keeps it: the last
    // byte, a newline, becomes a space (and back again on a second deployment).
    const sw = join(harness.dir, 'sw.js');
    const bytes = readFileSync(sw);
    bytes[bytes.length - 1] = bytes[bytes.length - 1] === 0x0a ? 0x20 : 0x0a;
    writeFileSync(sw, bytes);
    // The server also knows each file's ETag from its start, so the browser's cached copy would
    // be revalidated as unchanged: forget it, as a real deployment's new ETag would.
    const cdp = await session.context.newCDPSession(session.page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
    await session.page.reload();
    await ready();
    // The browser looks for a new version on its own schedule (after navigations, at most so
    // often): ask it to look now, as it would in time.
    await session.page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    loadsAtDeploy = loads;
  },
  async () => {
    // Moving to the new version reloads the page once the new service worker has taken over.
    for (let i = 0; i < 200 && loads === loadsAtDeploy; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await ready();
    const waiting = await session.page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null,
    );
    return { updatesApplied: waiting === null ? loads - loadsAtDeploy : 0 };
  },
);
