import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The production build the server serves. */
    distDir: string;
  }
}

/**
 * The browser tier tests the production build, served as `npm start` serves
 * it. Built once per run, on a free localhost port.
 */
export default async function setup(project: TestProject) {
  findChromium(); // fail first, with the install hint, if there is no browser
  const root = join(import.meta.dirname, '..', '..', '..');
  // A folder of its own per run, so two runs at once (or `npm start`) never share a build.
  const outDir = mkdtempSync(join(tmpdir(), 'at-sandbox-e2e-dist-'));
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  // @ts-expect-error: plain JavaScript module shared with `npm start`
  const { startServer } = (await import('../../../scripts/serve.mjs')) as {
    startServer(o: { dir: string; port: number }): Promise<{ url: string; close(): Promise<void> }>;
  };
  const server = await startServer({ dir: outDir, port: 0 });
  project.provide('baseUrl', server.url);
  project.provide('distDir', outDir);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
