import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const expected: Record<string, string> = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'security-headers.json'), 'utf8'),
);

describe('security headers from the npm start server', () => {
  it.each(['', 'assets/', 'manifest.webmanifest', 'sw.js'])('are sent with /%s', async (path) => {
    const response = await fetch(`${inject('baseUrl')}${path}`);
    for (const [name, value] of Object.entries(expected)) {
      expect(response.headers.get(name), name).toBe(value);
    }
  });

  it('include a policy at least as strict as the one the app promises', () => {
    const csp = expected['Content-Security-Policy'] ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
    expect(expected['Permissions-Policy']).toContain('microphone=(self)');
  });

  it('are shipped for static hosts as _headers, .htaccess and web.config', async () => {
    const base = inject('baseUrl');
    const headers = await (await fetch(`${base}_headers`)).text();
    expect(headers).toContain(`Content-Security-Policy: ${expected['Content-Security-Policy']}`);
    // The server, like most, does not serve dotfiles; Apache reads .htaccess from the folder.
    expect((await fetch(`${base}.htaccess`)).status).toBe(404);
    const htaccess = readFileSync(join(inject('distDir'), '.htaccess'), 'utf8');
    expect(htaccess).toContain('Header always set Permissions-Policy');
    const webConfig = await (await fetch(`${base}web.config`)).text();
    expect(webConfig).toContain('<add name="Content-Security-Policy"');
  });
});
