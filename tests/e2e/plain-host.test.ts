import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { metaPolicy } from '../../build/hosting-plugin';
import { launch, type Session } from './support/chromium';

const headers: Record<string, string> = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'security-headers.json'), 'utf8'),
);

/**
 * Many schools host static files with no security headers at all. The page
 * then carries its own policy: a `<meta>` Content-Security-Policy.
 */
describe('the built app on a plain static host (no security headers)', () => {
  let session: Session;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    // @ts-expect-error: plain JavaScript module shared with `npm start`
    const { startServer } = (await import('../../scripts/serve.mjs')) as {
      startServer(o: {
        dir: string;
        port: number;
        securityHeaders: boolean;
      }): Promise<{ url: string; close(): Promise<void> }>;
    };
    server = await startServer({ dir: inject('distDir'), port: 0, securityHeaders: false });
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('is served without the headers, and the page holds the same policy itself', async () => {
    const response = await fetch(server.url);
    expect(response.headers.get('content-security-policy')).toBeNull();
    await session.page.goto(`${server.url}#/tools/read-aloud`);
    await session.page.locator('h1').first().waitFor();
    const policy = await session.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toBe(metaPolicy(headers['Content-Security-Policy'] ?? ''));
    expect(policy).toContain("img-src 'self' blob: data:");
    expect(policy).not.toContain('frame-ancestors'); // ignored (with a console warning) in a meta tag
    expect(session.errors).toEqual([]);
  });

  it('blocks a picture from the internet by its own policy', async () => {
    await session.page.goto(`${server.url}#/exercises`);
    await session.page.locator('h1').first().waitFor();
    // Chromium reports a request even for one its policy stops; what matters is why it failed.
    const failed = session.page.waitForEvent('requestfailed');
    const blocked = await session.page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) =>
            resolve(event.effectiveDirective),
          );
          const picture = new Image();
          picture.src = 'https://tracker.example/pixel.gif';
          document.body.append(picture);
        }),
    );
    expect(blocked).toBe('img-src');
    const request = await failed;
    expect(request.url()).toBe('https://tracker.example/pixel.gif');
    expect(request.failure()?.errorText).toMatch(/csp/i);
  });
});
