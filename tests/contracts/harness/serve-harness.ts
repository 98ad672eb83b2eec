import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { ocrAssetsPlugin } from '../../../build/ocr-assets-plugin';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * Builds the contract harness (production build; the shipped samples as its
 * public folder, tesseract's assets as the app ships them) and serves it on
 * localhost with the app's own server and headers.
 */
export async function serveContractHarness(): Promise<{ url: string; close(): Promise<void> }> {
  const outDir = mkdtempSync(join(tmpdir(), 'at-sandbox-contract-harness-'));
  await build({
    configFile: false,
    root: import.meta.dirname,
    base: './',
    publicDir: join(ROOT, 'public'),
    logLevel: 'warn',
    plugins: [ocrAssetsPlugin()],
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
