// (c) Camera, PDF and HEIC: rounds of the other ways a page reaches Read aloud, one after
// another in one tab, memory sampled (after a full garbage collection) after each:
//   - the camera: "Use camera" with Chromium's fake camera playing a video of the clean
//     worksheet, "Take picture", wait for the text;
//   - a two-page PDF with a text layer (public/samples/pdf-handout.pdf), read through: its text
//     must be exact, then every page shown in turn with "Next page";
//   - an iPhone HEIC photo (tests/fixtures/documents/worksheet.heic, from
//     scripts/make-document-fixtures.ts), decoded on the device and read by OCR.
// The box is emptied before each, so the text checked is always the new page's.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type Session } from '../../tests/e2e/support/chromium';
import { writePageVideo } from '../../tests/e2e/support/y4m';
import { type Curve, ocrCurves } from './curves';
import { openCdp, type Sample, sample } from './memory';
import { ROOT, round, SAMPLES_DIR, sleep } from './support';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'documents');
const HANDOUT = readFileSync(join(SAMPLES_DIR, 'pdf-handout.txt'), 'utf8');
const WORKSHEET_LINE = 'The water on our planet is used again and again.';
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export type DocumentKind = 'camera' | 'pdf' | 'heic';
const KINDS: DocumentKind[] = ['camera', 'pdf', 'heic'];

export interface DocumentsReport {
  rounds: number;
  results: { item: number; kind: DocumentKind; ok: boolean; seconds: number }[];
  failures: string[];
  samples: Sample[];
  curves: Curve[];
}

const textbox = (page: Page) => page.getByRole('textbox', { name: 'Recognised text' });

/** Polls the box until `ok` holds for its text (true), or the time runs out (false). */
async function waitForText(page: Page, ok: (text: string) => boolean, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (
      ok(
        squash(
          await textbox(page)
            .inputValue()
            .catch(() => ''),
        ),
      )
    )
      return true;
    await sleep(250);
  }
  return false;
}

async function choose(page: Page, file: string, mimeType: string) {
  await page.getByLabel('Choose a photo or PDF').setInputFiles({
    name: file.split('/').pop() as string,
    mimeType,
    buffer: readFileSync(file),
  });
}

async function one(page: Page, kind: DocumentKind): Promise<boolean> {
  await textbox(page).fill('');
  if (kind === 'camera') {
    await page.getByRole('button', { name: 'Use camera' }).click();
    const view = page.getByRole('region', { name: 'Camera view' });
    await view.locator('.camera-view__outline').waitFor({ timeout: 30_000 });
    await view.getByRole('button', { name: 'Take picture' }).click();
    await view.waitFor({ state: 'detached', timeout: 30_000 });
    return waitForText(page, (t) => /water cycle/i.test(t) && /evaporation/i.test(t), 180_000);
  }
  if (kind === 'pdf') {
    await choose(page, join(SAMPLES_DIR, 'pdf-handout.pdf'), 'application/pdf');
    if (!(await waitForText(page, (t) => t === squash(HANDOUT), 60_000))) return false;
    // Read it through: every page shown in turn.
    await page.getByRole('img', { name: 'Page 1 of 2' }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByRole('img', { name: 'Page 2 of 2' }).waitFor({ timeout: 15_000 });
    return true;
  }
  await choose(page, join(FIXTURES, 'worksheet.heic'), 'image/heic');
  return waitForText(page, (t) => t.includes(WORKSHEET_LINE), 180_000);
}

export async function soakDocuments(baseUrl: string, rounds: number): Promise<DocumentsReport> {
  const folder = mkdtempSync(join(tmpdir(), 'at-sandbox-soak-camera-'));
  const video = join(folder, 'page.y4m');
  writePageVideo(video, readFileSync(join(SAMPLES_DIR, 'clean-worksheet.png')), {
    width: 1080,
    height: 1440,
    pageShare: 0.88,
  });
  const session: Session = await launch({
    args: [
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  const { page } = session;
  const report: DocumentsReport = { rounds, results: [], failures: [], samples: [], curves: [] };
  try {
    await page.goto(`${baseUrl}#/tools/read-aloud`);
    await page.locator('h1').first().waitFor();
    const cdp = await openCdp(page);
    report.samples.push(await sample(cdp, 0, true));
    let item = 0;
    for (let r = 1; r <= rounds; r += 1) {
      for (const kind of KINDS) {
        item += 1;
        const began = Date.now();
        const ok = await one(page, kind).catch((error: Error) => {
          report.failures.push(`item ${item} (${kind}): ${error.message.split('\n')[0]}`);
          return null;
        });
        if (ok === false) report.failures.push(`item ${item} (${kind}): the text never came`);
        const seconds = round((Date.now() - began) / 1000, 2);
        report.results.push({ item, kind, ok: ok === true, seconds });
        const s = await sample(cdp, item, true);
        report.samples.push(s);
        console.log(
          `  item ${item} ${kind}: ${ok ? 'ok' : 'FAILED'}, ${seconds} s, heap ${s.liveHeapMB} MB, renderer ${s.rendererUssMB} MB private, ${s.rendererPssMB} MB PSS`,
        );
      }
    }
    const tracks = await page.evaluate(() => document.querySelectorAll('video').length);
    if (tracks) report.failures.push(`${tracks} camera video element(s) left on the page`);
    if (session.errors.length) report.failures.push(...session.errors.map((e) => `page ${e}`));
    if (session.offsiteRequests.length)
      report.failures.push(`requests beyond localhost: ${session.offsiteRequests.join(', ')}`);
    report.curves = ocrCurves(report);
  } finally {
    await session.close();
    rmSync(folder, { recursive: true, force: true });
  }
  return report;
}
