import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openRoute } from './support/app-page';
import { launch, type Session } from './support/chromium';

// Fixtures made by scripts/make-document-fixtures.ts: Chromium's own PDFs (a
// real text layer; a picture-only "scan"), a hand-written locked PDF, and an
// HEIC written by ImageMagick through libheif.
const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'documents');
const SAMPLES = join(ROOT, 'public', 'samples');
const HANDOUT = readFileSync(join(SAMPLES, 'pdf-handout.txt'), 'utf8');
const WORKSHEET = readFileSync(join(SAMPLES, 'clean-worksheet.txt'), 'utf8');

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const recognisedText = (page: Page) => page.getByRole('textbox', { name: 'Recognised text' });
const fixture = (name: string, mimeType: string, dir = FIXTURES) => ({
  name,
  mimeType,
  buffer: readFileSync(join(dir, name)),
});
type Fixture = ReturnType<typeof fixture>;

async function choose(page: Page, ...files: Fixture[]) {
  await page.getByLabel('Choose a photo or PDF').setInputFiles(files);
}

async function waitForText(page: Page, wanted: string, timeout = 90_000) {
  await expect
    .poll(async () => squash(await recognisedText(page).inputValue()), { timeout })
    .toContain(squash(wanted));
}

describe('Read aloud takes PDFs, iPhone photos and several files (real pdf.js, libheif and tesseract.js)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    await openRoute(session.page, '/tools/read-aloud');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads a PDF with a text layer exactly, in reading order, without OCR, page by page', async () => {
    const { page } = session;
    const before = session.requests.length;
    await choose(page, fixture('pdf-handout.pdf', 'application/pdf', SAMPLES));
    await waitForText(page, HANDOUT, 30_000);
    expect(squash(await recognisedText(page).inputValue())).toBe(squash(HANDOUT));
    const fetched = session.requests.slice(before);
    // pdf.js's worker came from the app's own folder for it; OCR was never needed.
    expect(fetched.some((url) => /\/pdf\/[\d.]+\/pdf\.worker\.min\.mjs$/.test(url))).toBe(true);
    expect(
      await page.getByText('This PDF page has its own text, so it was read exactly').isVisible(),
    ).toBe(true);
    await page
      .getByRole('img', { name: 'Page 1 of 2' })
      .waitFor({ state: 'visible', timeout: 30_000 });
    await page.getByRole('button', { name: 'Next page' }).click();
    await page
      .getByRole('img', { name: 'Page 2 of 2' })
      .waitFor({ state: 'visible', timeout: 30_000 });
    expect(
      await page.getByRole('region', { name: 'Reading view' }).getByText('Page 2').count(),
    ).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reads a scanned (picture-only) PDF through OCR', async () => {
    const { page } = session;
    await choose(page, fixture('scanned-worksheet.pdf', 'application/pdf'));
    await waitForText(page, 'The water on our planet is used again and again.');
    const text = squash(await recognisedText(page).inputValue());
    for (const sentence of squash(WORKSHEET)
      .split(/(?<=\.) /)
      .slice(0, 4)) {
      expect(text).toContain(sentence);
    }
  });

  it('decodes an iPhone HEIC photo on the device and reads it', async () => {
    const { page } = session;
    await recognisedText(page).fill('');
    await choose(page, fixture('worksheet.heic', 'image/heic'));
    await waitForText(page, 'The water on our planet is used again and again.');
  });

  it('makes one document of several files in the order chosen, with "Page 3 of 3" while it works', async () => {
    const { page } = session;
    await choose(
      page,
      fixture('pdf-handout.pdf', 'application/pdf', SAMPLES),
      fixture('clean-worksheet.png', 'image/png', SAMPLES),
    );
    await page.getByText('Page 3 of 3').waitFor({ timeout: 30_000 });
    // The box held the worksheet before: the handout's text at the start shows the new document.
    await waitForText(page, HANDOUT);
    const text = squash(await recognisedText(page).inputValue());
    expect(text.slice(0, squash(HANDOUT).length)).toBe(squash(HANDOUT));
    expect(text).toContain('The water on our planet is used again and again.');
    await page
      .getByRole('img', { name: 'Page 1 of 3' })
      .waitFor({ state: 'visible', timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each([
    [
      'a PDF locked with a password',
      fixture('locked.pdf', 'application/pdf'),
      /locked with a password/,
    ],
    ['a damaged PDF', fixture('damaged.pdf', 'application/pdf'), /PDF could not be opened/],
    [
      'a PDF of 31 pages',
      fixture('too-many-pages.pdf', 'application/pdf'),
      /has 31 pages; the app reads up to 30/,
    ],
    [
      'an HEIC the decoder cannot read',
      fixture('broken.heic', 'image/heic'),
      /HEIC photo .*could not be opened/,
    ],
    [
      'a file of the wrong type',
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Just some notes.') },
      /not a picture or a PDF/,
    ],
  ])('explains %s, and the text already recognised is kept', async (_name, file, message) => {
    const { page } = session;
    const before = await recognisedText(page).inputValue();
    expect(before).not.toBe('');
    await choose(page, file);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(message);
    expect(await recognisedText(page).inputValue()).toBe(before);
    expect(await axeViolations(page)).toEqual([]);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('asked nothing of any other site, and broke no rule of the CSP', () => {
    expect(session.offsiteRequests).toEqual([]);
    expect(session.errors.filter((e) => /CSP|uncaught/.test(e))).toEqual([]);
  });
});
