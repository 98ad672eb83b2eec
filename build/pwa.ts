import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { filesUnder } from './files';
import { isPrecompressedTwin } from './precompress-plugin';

/** The runtime cache for the tool assets (OCR, the built-in voice, sample worksheets, symbols). */
export const TOOLS_CACHE = 'at-sandbox-tools';
/** Files up to this size, outside the tool folders, are precached as the app shell. */
const SHELL_MAX_BYTES = 3 * 1024 * 1024;
/**
 * Symbols are over 700 small pictures: precaching them made every first visit
 * a 789-file install competing with the page for 8-9 s on a 2-core machine
 * (docs/magnifier.md), so they are cached as the board shows them, like the
 * other tools' assets, or all at once with "Make available offline".
 */
const TOOL_FOLDERS = /^(ocr|espeak|pdf|samples|symbols)\//;
/** The PDF and HEIC libraries' chunks: loaded only when such a file arrives, so never precached. */
const DOCUMENT_CHUNKS = /^assets\/(pdf|heic-to)-[\w-]+\.js$/;
const SHELL_GLOBS = ['**/*.{js,css,html,woff2,svg,png,webmanifest}'];
const NOT_SERVED = /\.map$|^_headers$|^\.htaccess$|^web\.config$/;

/**
 * Writes offline-assets.json: every served file the precache leaves out (OCR
 * workers, cores and language data, the voice, samples, anything too large),
 * so "Make available offline" can fetch them into the tools cache at once.
 */
function offlineAssetList(): Plugin {
  let outDir = 'dist';
  return {
    name: 'at-sandbox-offline-assets',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle() {
      const assets = filesUnder(outDir)
        .filter((file) => !NOT_SERVED.test(file) && file !== 'offline-assets.json')
        .filter((file) => !isPrecompressedTwin(join(outDir, file)))
        .map((file) => ({ url: file, bytes: statSync(join(outDir, file)).size }))
        .filter(
          ({ url, bytes }) =>
            TOOL_FOLDERS.test(url) ||
            bytes > SHELL_MAX_BYTES ||
            /\.(data|wasm|gz)$/.test(url) ||
            /^assets\/espeak-worker-/.test(url) ||
            DOCUMENT_CHUNKS.test(url),
        );
      writeFileSync(join(outDir, 'offline-assets.json'), `${JSON.stringify(assets, null, 1)}\n`);
    },
  };
}

/**
 * An installable progressive web app: the shell is precached; the large tool
 * assets are cached when first used (CacheFirst; their names carry versions or
 * content hashes) or all at once from Settings. vite-plugin-pwa's defaults
 * skip files over 2 MiB and .gz files, hence the explicit rules.
 */
export function pwaPlugins(): Plugin[] {
  return [
    ...VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'AT Practice Sandbox',
        short_name: 'AT Practice',
        description:
          'Hands-on practice with assistive technology for school staff and pupils: dictation, read-aloud, magnification and vision simulation, on the device.',
        lang: 'en-GB',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0a4f8c',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-512-maskable.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: SHELL_GLOBS,
        // The built-in voice's worker (0.8 MB) is a tool asset: cached when first used, like its data.
        globIgnores: [
          'ocr/**',
          'espeak/**',
          'pdf/**',
          'samples/**',
          'symbols/**',
          '**/*.map',
          'assets/espeak-worker-*.js',
          'assets/pdf-*.js',
          'assets/heic-to-*.js',
        ],
        maximumFileSizeToCacheInBytes: SHELL_MAX_BYTES,
        navigateFallback: 'index.html',
        // The first visit's page is controlled at once, so tools used on that visit are cached.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            urlPattern: ({ sameOrigin, url }) =>
              sameOrigin && /\/(assets|ocr|espeak|pdf|samples|symbols)\//.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: TOOLS_CACHE },
          },
        ],
      },
    }),
    offlineAssetList(),
  ];
}
