import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { espeakAssetsPlugin } from '../../../build/espeak-assets-plugin';

/**
 * Builds the synthesis harness page (production build, the app's own
 * plugins not needed) and serves it on localhost like the app.
 */
export async function serveSynthesisHarness(): Promise<{ url: string; close(): Promise<void> }> {
  const outDir = mkdtempSync(join(tmpdir(), 'at-sandbox-synthesis-harness-'));
  await build({
    configFile: false,
    root: import.meta.dirname,
    base: './',
    logLevel: 'warn',
    plugins: [react(), espeakAssetsPlugin()],
    build: { outDir, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
  });
  // @ts-expect-error: plain JavaScript module shared with `npm start`
  const { startServer } = (await import('../../../scripts/serve.mjs')) as {
    startServer(o: { dir: string; port: number }): Promise<{ url: string; close(): Promise<void> }>;
  };
  const server = await startServer({ dir: outDir, port: 0 });
  return {
    url: server.url,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
