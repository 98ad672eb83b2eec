import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Ships the app's security headers (security-headers.json, also served by
 * `npm start`) as configs for common static hosts: `_headers` (Netlify,
 * Cloudflare Pages), `.htaccess` (Apache) and `web.config` (IIS, common on
 * school servers). docs/hosting.md has the nginx lines.
 */
export function hostingPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'at-sandbox-hosting-headers',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    // A plain static host sends no headers at all: the policy then comes from the page itself.
    transformIndexHtml() {
      const headers: Record<string, string> = JSON.parse(
        readFileSync(join(root, 'security-headers.json'), 'utf8'),
      );
      const policy = metaPolicy(headers['Content-Security-Policy'] ?? '');
      return policy
        ? [
            {
              tag: 'meta',
              attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
              injectTo: 'head-prepend',
            },
          ]
        : [];
    },
    generateBundle() {
      const headers: Record<string, string> = JSON.parse(
        readFileSync(join(root, 'security-headers.json'), 'utf8'),
      );
      const entries = Object.entries(headers);
      const xml = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: `/*\n${entries.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`,
      });
      this.emitFile({
        type: 'asset',
        fileName: '.htaccess',
        source: `<IfModule mod_headers.c>\n${entries
          .map(([name, value]) => `  Header always set ${name} "${value.replace(/"/g, '\\"')}"`)
          .join('\n')}\n</IfModule>\n`,
      });
      this.emitFile({
        type: 'asset',
        fileName: 'web.config',
        source: `<?xml version="1.0" encoding="UTF-8"?>\n<configuration>\n  <system.webServer>\n    <httpProtocol>\n      <customHeaders>\n${entries
          .map(([name, value]) => `        <add name="${name}" value="${xml(value)}" />`)
          .join(
            '\n',
          )}\n      </customHeaders>\n    </httpProtocol>\n    <staticContent>\n      <remove fileExtension=".wasm" />\n      <mimeMap fileExtension=".wasm" mimeType="application/wasm" />\n      <remove fileExtension=".webmanifest" />\n      <mimeMap fileExtension=".webmanifest" mimeType="application/manifest+json" />\n    </staticContent>\n  </system.webServer>\n</configuration>\n`,
      });
    },
  };
}

/**
 * The header's policy less what a `<meta>` policy may not hold (browsers ignore
 * these there and warn in the console): frame-ancestors, report-uri, report-to
 * and sandbox. Framing is then the host's to refuse.
 */
export function metaPolicy(header: string): string {
  return header
    .split(';')
    .map((directive) => directive.trim())
    .filter(
      (directive) =>
        directive && !/^(frame-ancestors|report-uri|report-to|sandbox)\b/.test(directive),
    )
    .join('; ');
}
