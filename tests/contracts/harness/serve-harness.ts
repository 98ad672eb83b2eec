import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type PluginOption } from 'vite';
import { ocrAssetsPlugin } from '../../../build/ocr-assets-plugin';
import { pdfAssetsPlugin } from '../../../build/pdf-assets-plugin';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * Builds the contract harness (production build; the shipped samples as its
 * public folder, tesseract's and pdf.js's assets as the app ships them) and serves it on
 * localhost with the app's own server and headers.
 */
export async function serveContractHarness({
  root = import.meta.dirname,
  plugins = [ocrAssetsPlugin(), pdfAssetsPlugin()],
}: {
  /** The harness page's folder (another harness, such as the offline one, has its own). */
  root?: string;
  plugins?: PluginOption[];
} = {}): Promise<{ url: string; dir: string; close(): Promise<void> }> {
  const outDir = mkdtempSync(join(tmpdir(), 'at-sandbox-contract-harness-'));
  await build({
    configFile: false,
    root,
    base: './',
    publicDir: join(ROOT, 'public'),
    logLevel: 'warn',
    plugins,
    build: { outDir, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
  });
  // The documents contract's fixtures (damaged, locked, scanned PDFs; HEIC photos).
  cpSync(join(ROOT, 'tests', 'fixtures', 'documents'), join(outDir, 'fixtures'), {
    recursive: true,
  });
  // @ts-expect-error: plain JavaScript module shared with `npm start`
  const { startServer } = (await import('../../../scripts/serve.mjs')) as {
    startServer(o: { dir: string; port: number }): Promise<{ url: string; close(): Promise<void> }>;
  };
  const server = await startServer({ dir: outDir, port: 0 });
  return {
    url: server.url,
    /** The built folder being served (the offline contract deploys a new version into it). */
    dir: outDir,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
