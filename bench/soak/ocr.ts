// (b) OCR: shipped sample pages in a row through /tools/read-aloud, each checked against its
// known text, memory sampled after every page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { characterErrorRate } from '../../src/features/read-aloud/ocr-accuracy';
import { SAMPLE_WORKSHEETS } from '../../src/features/read-aloud/samples';
import { launch, type Session } from '../../tests/e2e/support/chromium';
import { type Curve, ocrCurves } from './curves';
import { openCdp, type Sample, sample } from './memory';
import { round, SAMPLES_DIR, sleep } from './support';

/** The bounds tests/unit/ocr-real.test.ts holds tesseract.js to, on the same samples. */
const CER_BOUNDS: Record<string, number> = {
  'clean-worksheet': 0.01,
  'phone-photo': 0.08,
  'two-columns': 0.65,
  'table-headings': 0.02,
};
/** Never two pages of the same worksheet in a row, so each page's text is new. */
const ORDER = ['clean-worksheet', 'two-columns', 'phone-photo', 'table-headings'];

export interface OcrReport {
  pages: number;
  results: { page: number; sample: string; cer: number; ok: boolean; seconds: number }[];
  failures: string[];
  restoredAfterReload: boolean;
  samples: Sample[];
  curves: Curve[];
}

export async function soakOcr(baseUrl: string, pages: number): Promise<OcrReport> {
  const session: Session = await launch();
  const { page } = session;
  const report: OcrReport = {
    pages,
    results: [],
    failures: [],
    restoredAfterReload: false,
    samples: [],
    curves: [],
  };
  const textbox = page.getByRole('textbox', { name: 'Recognised text' });
  try {
    await page.goto(`${baseUrl}#/tools/read-aloud`);
    await page.locator('h1').first().waitFor();
    const cdp = await openCdp(page);
    report.samples.push(await sample(cdp, 0, true));
    const list = page.getByRole('list', { name: 'Sample worksheets' });
    let lastText = '';
    for (let n = 1; n <= pages; n += 1) {
      const id = ORDER[(n - 1) % ORDER.length] as string;
      const worksheet = SAMPLE_WORKSHEETS.find((s) => s.id === id);
      if (!worksheet) throw new Error(`No sample called ${id}`);
      const known = readFileSync(join(SAMPLES_DIR, `${id}.txt`), 'utf8');
      const began = Date.now();
      await list.getByRole('button', { name: worksheet.title }).click();
      await page.getByRole('progressbar').first().waitFor({ timeout: 15_000 });
      await page.getByRole('progressbar').first().waitFor({ state: 'detached', timeout: 180_000 });
      let text = '';
      let cer = 1;
      for (let i = 0; i < 100; i += 1) {
        text = await textbox.inputValue().catch(() => '');
        cer = characterErrorRate(text, known);
        if (cer <= (CER_BOUNDS[id] ?? 0)) break;
        await sleep(100);
      }
      const seconds = round((Date.now() - began) / 1000, 2);
      const ok = cer <= (CER_BOUNDS[id] ?? 0);
      if (!ok) report.failures.push(`page ${n} (${id}): character error rate ${round(cer, 3)}`);
      report.results.push({ page: n, sample: id, cer: round(cer, 4), ok, seconds });
      lastText = text;
      report.samples.push(await sample(cdp, n, true));
      const s = report.samples[report.samples.length - 1] as Sample;
      console.log(
        `  OCR page ${n} ${id}: CER ${round(cer, 3)} ${ok ? 'ok' : 'TOO HIGH'}, ${seconds} s, heap ${s.liveHeapMB} MB, renderer ${s.rendererUssMB} MB private, ${s.rendererPssMB} MB PSS`,
      );
    }
    // Reload: the last page's text comes back from storage.
    await page.reload();
    await page.locator('h1').first().waitFor();
    let restored = '';
    for (let i = 0; i < 100; i += 1) {
      restored = await textbox.inputValue().catch(() => '');
      if (restored === lastText) break;
      await sleep(100);
    }
    report.restoredAfterReload = pages === 0 || restored === lastText;
    if (!report.restoredAfterReload) report.failures.push('the recognised text was not restored');
    if (session.errors.length) report.failures.push(...session.errors.map((e) => `page ${e}`));
    if (session.offsiteRequests.length)
      report.failures.push(`requests beyond localhost: ${session.offsiteRequests.join(', ')}`);
    report.curves = ocrCurves(report);
  } finally {
    await session.close();
  }
  return report;
}
