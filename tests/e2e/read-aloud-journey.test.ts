import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, builtInVoiceChosen, openRoute, tabTo } from './support/app-page';
import { launch, type Session } from './support/chromium';

const SAMPLES = join(import.meta.dirname, '..', '..', 'public', 'samples');
const KNOWN = readFileSync(join(SAMPLES, 'clean-worksheet.txt'), 'utf8');

/** A PNG of one grey level, built by hand so a 50-megapixel test file costs nothing to make. */
function plainPng(width: number, height: number, grey = 255): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const row = Buffer.alloc(width + 1, grey);
  row[0] = 0; // filter: none
  const rows = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The clean worksheet upside down, as a photo taken from the wrong side of the desk. */
function upsideDownWorksheet(): Buffer {
  const png = PNG.sync.read(readFileSync(join(SAMPLES, 'clean-worksheet.png')));
  const turned = new PNG({ width: png.width, height: png.height });
  const pixels = png.width * png.height;
  for (let i = 0; i < pixels; i += 1)
    png.data.copy(turned.data, (pixels - 1 - i) * 4, i * 4, i * 4 + 4);
  return PNG.sync.write(turned);
}

const recognisedText = (page: Page) => page.getByRole('textbox', { name: 'Recognised text' });
const readingView = (page: Page) => page.getByRole('region', { name: 'Reading view' });

async function upload(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.getByLabel('Choose a photo or PDF').setInputFiles({ name, mimeType, buffer });
}

describe('Read aloud journey: a sample worksheet through real OCR to the built-in voice', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('recognises the clean worksheet: the known sentences appear, with a box per word', async () => {
    const { page } = session;
    await openRoute(page, '/tools/read-aloud');
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('list', { name: 'Sample worksheets' })
      .getByRole('button', { name: /clean printed page/ })
      .click();
    await page.getByRole('progressbar').waitFor({ timeout: 5_000 });
    await expect
      .poll(() => recognisedText(page).inputValue(), { timeout: 60_000 })
      .toContain('The water on our planet is used again and again.');
    const text = (await recognisedText(page).inputValue()).replace(/\s+/g, ' ');
    for (const sentence of KNOWN.replace(/\s+/g, ' ').split(/(?<=\.) /)) {
      expect(text).toContain(sentence.trim());
    }
    expect(await page.getByRole('progressbar').count()).toBe(0);
    const boxes = await page.locator('.ocr-photo__boxes rect').count();
    expect(boxes).toBeGreaterThanOrEqual(100);
    expect(await page.getByText('OCR was confident of every word.').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('turns an upside-down worksheet round by itself and reads it', async () => {
    const { page } = session;
    await recognisedText(page).fill('');
    await upload(page, 'upside-down.png', 'image/png', upsideDownWorksheet());
    await expect
      .poll(() => recognisedText(page).inputValue(), { timeout: 60_000 })
      .toContain('The water on our planet is used again and again.');
    // The figcaption, not the announcer, which says the same for screen readers.
    expect(
      await page
        .locator('figcaption', { hasText: /wrong way up, so it was turned round/ })
        .isVisible(),
    ).toBe(true);
  });

  it('reads from a chosen word to the end: the <mark> and the box on the photo move, then stop', async () => {
    const { page } = session;
    await builtInVoiceChosen(page);
    await page.evaluate(() => {
      const log = { words: [] as string[], boxes: new Set<string>(), most: 0 };
      (window as unknown as { journey: typeof log }).journey = log;
      new MutationObserver(() => {
        const marks = document.querySelectorAll('mark');
        log.most = Math.max(log.most, marks.length);
        const word = marks[0]?.textContent;
        if (word && log.words.at(-1) !== word) log.words.push(word);
        const box = document.querySelector('[data-testid="active-box"]');
        if (box) log.boxes.add(`${box.getAttribute('x')},${box.getAttribute('y')}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await readingView(page)
      .locator('[data-word]', { hasText: /^Explain$/ })
      .click();
    await page.locator('mark').first().waitFor({ timeout: 40_000 });
    expect(await page.getByTestId('active-box').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Read aloud' }).waitFor({ timeout: 60_000 });
    const log = await page.evaluate(() => {
      const j = (
        window as unknown as { journey: { words: string[]; boxes: Set<string>; most: number } }
      ).journey;
      return { words: j.words, boxes: j.boxes.size, most: j.most };
    });
    expect(log.most).toBe(1);
    expect(log.words[0]).toBe('Explain');
    expect(log.words.at(-1)).toMatch(/^sentences/);
    expect(log.words.length).toBeGreaterThanOrEqual(5);
    expect(log.boxes).toBeGreaterThanOrEqual(5);
    expect(await page.locator('mark').count()).toBe(0);
    expect(await page.getByTestId('active-box').count()).toBe(0);
  });

  it.each([
    [
      'a corrupt JPEG',
      'broken.jpg',
      'image/jpeg',
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]),
      /could not be opened/,
    ],
    [
      'a 1×1 image',
      'dot.png',
      'image/png',
      plainPng(1, 1),
      /too small to hold readable text \(1 × 1 pixels\)/,
    ],
    [
      'a 50-megapixel picture with no text',
      'huge.png',
      'image/png',
      plainPng(8660, 5774),
      /No text found/,
    ],
  ])('explains %s, and the recognised text is kept', async (_name, file, type, buffer, message) => {
    const { page } = session;
    const before = await recognisedText(page).inputValue();
    await upload(page, file, type, buffer);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toMatch(message);
    expect(await recognisedText(page).inputValue()).toBe(before);
    expect(await axeViolations(page)).toEqual([]);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('keeps the recognised text and the photo across a reload', async () => {
    const { page } = session;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Read aloud' }).waitFor();
    await expect
      .poll(() => recognisedText(page).inputValue())
      .toContain('The drops join together to make clouds.');
    // The photo is decoded from storage after the text is restored, so it may
    // appear a moment later: wait for it rather than look once.
    const photo = page.getByRole('img', { name: 'The page you chose' });
    await photo.waitFor({ state: 'visible', timeout: 30_000 });
    // The kept picture is drawn: a worksheet has dark ink on a light page.
    await expect
      .poll(() =>
        photo.evaluate((canvas: HTMLCanvasElement) => {
          // The photo's canvas shows a decoded bitmap (a "bitmaprenderer" context, which has no
          // pixels to read): copy what it shows onto a canvas that has.
          const { width, height } = canvas;
          const copy = document.createElement('canvas');
          copy.width = width;
          copy.height = height;
          const context = copy.getContext('2d');
          context?.drawImage(canvas, 0, 0);
          const pixels = context?.getImageData(0, 0, width, height).data ?? [];
          let dark = 0;
          for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) < 100) dark += 1;
          return dark / (width * height);
        }),
      )
      .toBeGreaterThan(0.01);
  });

  it('turns the page kept from before the reload', async () => {
    const { page } = session;
    const before = await recognisedText(page).inputValue();
    // Sideways and back: the kept copy is decoded on the device (a fetch of its data: URL
    // would break the CSP's connect-src, which the session fails on).
    await page.getByRole('button', { name: 'Rotate right' }).click();
    await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 60_000 });
    await page.getByRole('button', { name: 'Rotate left' }).click();
    await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 60_000 });
    await expect
      .poll(() => recognisedText(page).inputValue(), { timeout: 60_000 })
      .toContain('The drops join together to make clouds.');
    expect((await recognisedText(page).inputValue()).length).toBeGreaterThan(before.length / 2);
    expect(session.errors).toEqual([]);
  });

  it('loaded OCR only from this machine, logged no errors, made no request beyond localhost', () => {
    // From the versioned folder the build emits (build/ocr-assets-plugin.ts), never a CDN.
    const ocrAssets = session.requests.filter((url) => url.includes('/ocr/'));
    for (const pattern of [
      /\/ocr\/[\d.-]+\/worker\.min\.js$/,
      /\/ocr\/[\d.-]+\/core\/tesseract-core-(relaxedsimd-|simd-)?lstm\.wasm\.js$/,
      /\/ocr\/[\d.-]+\/lang\/eng\.traineddata\.gz$/,
    ]) {
      expect(
        ocrAssets.some((url) => pattern.test(url)),
        String(pattern),
      ).toBe(true);
    }
    expect(session.errors).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
  });
});

/** Like tabTo, backwards: Shift+Tab until the focused element's text is `name`. */
async function shiftTabTo(page: Page, name: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Shift+Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text === name) return;
  }
  throw new Error(`Pressed Shift+Tab ${limit} times without reaching "${name}".`);
}

const stepStatuses = (page: Page) =>
  page
    .getByRole('heading', { name: 'Steps' })
    .locator('xpath=..')
    .getByRole('listitem')
    .allTextContents();

describe('"A tilted photo, and how to retake it" with the keyboard alone', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('completes every step with key presses, in the tool panel under the steps', async () => {
    const { page } = session;
    await openRoute(page, '/exercises/ocr-tilted-photo');
    const done = async () => (await stepStatuses(page)).map((s) => s.includes('Done'));
    expect(await done()).toEqual([false, false, false, false]);

    await tabTo(page, 'The same worksheet photographed on a phone (tilted, uneven light)', 80);
    await page.keyboard.press('Enter');
    await expect.poll(done, { timeout: 60_000 }).toEqual([true, false, false, false]);
    expect(await page.getByText(/it was straightened by \d/).count()).toBe(1);

    await tabTo(page, 'Rotate right', 80);
    await page.keyboard.press('Enter');
    await expect.poll(done, { timeout: 60_000 }).toEqual([true, true, false, false]);
    await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 60_000 });
    expect(await axeViolations(page)).toEqual([]);

    await shiftTabTo(page, 'Year 5 science worksheet (clean printed page)');
    await page.keyboard.press('Enter');
    await expect.poll(done, { timeout: 60_000 }).toEqual([true, true, true, false]);

    await tabTo(page, /^What will you tell a pupil/, 120);
    await page.keyboard.type('Hold the phone flat over the page and keep your shadow off it.');
    await tabTo(page, 'Save reflection', 40);
    await page.keyboard.press('Enter');
    await expect.poll(done).toEqual([true, true, true, true]);
    expect(await axeViolations(page)).toEqual([]);
    // Three real OCR readings on two shared cores: more than the tier's default minute.
  }, 240_000);

  it('logged no console errors and made no request beyond localhost', () => {
    expect(session.errors).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
  });
});
