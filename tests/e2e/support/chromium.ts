import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The system Chromium: CHROME_PATH, or the usual places. Never downloads a browser. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests. Install it (Debian or Ubuntu: ' +
      '"sudo apt-get update && sudo apt-get install -y chromium"), or set CHROME_PATH ' +
      'to a Chrome or Chromium executable.',
  );
}

/** Flags that keep Chromium from calling home on a machine with no internet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export interface LaunchOptions {
  /** Extra Chromium flags (for example fake media devices). */
  args?: string[];
  viewport?: { width: number; height: number };
  /** Device pixels per CSS pixel (default 1), for tests of what is drawn on a high-density screen. */
  deviceScaleFactor?: number;
  /** Scripts run in every page before the app's own (for example a scripted SpeechRecognition). */
  initScripts?: string[];
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every request the pages made, in order. */
  requests: string[];
  /** Requests to anywhere but this machine: must stay empty. */
  offsiteRequests: string[];
  /** Console errors and uncaught exceptions: must stay empty. */
  errors: string[];
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  if (!/^https?:|^wss?:/.test(url)) return true; // data:, blob:, chrome-extension: stay on the device
  const { hostname } = new URL(url);
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** A fresh Chromium profile with every request and console error recorded. */
export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'at-sandbox-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    viewport: options.viewport ?? { width: 1280, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    locale: 'en-GB',
    acceptDownloads: true,
  });
  // Every Content-Security-Policy violation is a console error, so every test fails on one.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
      );
    });
  });
  for (const script of options.initScripts ?? []) await context.addInitScript(script);
  const requests: string[] = [];
  const offsiteRequests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    requests.push(url);
    if (!isLocal(url)) offsiteRequests.push(url);
  });
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    requests,
    offsiteRequests,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
