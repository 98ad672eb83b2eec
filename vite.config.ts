import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';
import { espeakAssetsPlugin } from './build/espeak-assets-plugin';
import { exercisesPlugin } from './build/exercises-plugin';
import { fontPreloadPlugin } from './build/font-preload-plugin';
import { hostingPlugin } from './build/hosting-plugin';
import { ocrAssetsPlugin } from './build/ocr-assets-plugin';
import { pdfAssetsPlugin } from './build/pdf-assets-plugin';
import { precompressPlugin } from './build/precompress-plugin';
import { pwaPlugins } from './build/pwa';
import { symbolsAssetsPlugin } from './build/symbols-assets-plugin';

export default defineConfig({
  // Relative asset URLs, so the built app works from any folder of any static host.
  base: './',
  plugins: [
    react(),
    exercisesPlugin(),
    hostingPlugin(),
    fontPreloadPlugin(),
    ...pwaPlugins(),
    ocrAssetsPlugin(),
    pdfAssetsPlugin(),
    espeakAssetsPlugin(),
    symbolsAssetsPlugin(),
    precompressPlugin(),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    assetsInlineLimit: 0,
  },
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/contracts/**/*.unit.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/unit/**/*-real*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          // Real engines outside a browser (real tesseract.js on the shipped samples): slower,
          // so apart from the unit tier, but in `npm test` all the same.
          name: 'real',
          include: ['tests/unit/**/*-real*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx', 'tests/contracts/**/*.fake.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/components/setup.ts'],
          // Generous: on two cores these share the machine with real OCR and Chromium tiers.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts', 'tests/contracts/**/*.browser.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
