#!/usr/bin/env node
// Serves the built app (dist/) on localhost, as a school's own web server would:
// static files only, with caching for hashed assets and the app's security headers.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Headers every response carries, from security-headers.json: the same file
 * the build turns into configs for common static hosts (build/hosting-plugin.ts).
 */
export const SECURITY_HEADERS = JSON.parse(
  readFileSync(join(root, 'security-headers.json'), 'utf8'),
);

/**
 * Starts the server. `port` 0 picks a free port. Resolves with the URL and a close function.
 * `securityHeaders: false` serves as a plain static host does (tests use it to prove the
 * page's own policy holds there).
 * @param {{ dir?: string, port?: number, host?: string, securityHeaders?: boolean }} [options]
 */
export function startServer({
  dir = join(root, 'dist'),
  port = 4173,
  host = '127.0.0.1',
  securityHeaders = true,
} = {}) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `No built app in ${dir}. Run "npm run build" first (or "npm start", which builds).`,
    );
  }
  const assets = sirv(dir, {
    etag: true,
    // The build writes a .gz twin beside each text asset (build/precompress-plugin.ts).
    gzip: true,
    setHeaders(res, pathname) {
      // Hashed file names never change; everything else must be checked each time.
      if (pathname.startsWith('/assets/'))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      else res.setHeader('Cache-Control', 'no-cache');
    },
  });
  const server = createServer((req, res) => {
    if (securityHeaders) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    }
    assets(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
      resolve({ url, close: () => new Promise((done) => server.close(() => done(undefined))) });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.env.PORT ?? 4173);
  const dir = process.env.DIST ? join(process.cwd(), process.env.DIST) : undefined;
  startServer({ port, ...(dir ? { dir } : {}) }).then(
    ({ url }) => console.log(`AT Practice Sandbox is running at ${url}\nPress Ctrl+C to stop.`),
    (error) => {
      console.error(
        error.code === 'EADDRINUSE'
          ? `Port ${port} is in use. Try: PORT=4174 npm start`
          : error.message,
      );
      process.exit(1);
    },
  );
}
