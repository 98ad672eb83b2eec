import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { characterErrorRate } from '../src/features/read-aloud/ocr-accuracy';
import { type Benchmark, type BenchTable, median, round } from './types';

// Choose-to-text for what classrooms send: a PDF with its own text, a scanned
// PDF, an iPhone (HEIC) photo, and two files at once, each on the warm app.
// Files from scripts/make-document-fixtures.ts.
const ROOT = join(import.meta.dirname, '..');
const SAMPLES = join(ROOT, 'public', 'samples');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'documents');
const PHOTOS = join(ROOT, 'tests', 'fixtures', 'ocr-corpus');
const RUNS = 3;
/** Three pictures chosen at once: shipped samples, and corpus photos kept as test fixtures. */
const SAMPLE_PAGES = ['clean-worksheet', 'table-headings', 'two-columns'];
const PHONE_PHOTOS = [
  'uneven-light-1-water-sans',
  'faint-ink-1-letter-sans',
  'combined-1-water-sans',
];

const known = (name: string) => readFileSync(join(SAMPLES, name), 'utf8');
const file = (dir: string, name: string, mimeType: string) => ({
  name,
  mimeType,
  buffer: readFileSync(join(dir, name)),
});
type File = ReturnType<typeof file>;

const textarea = (page: Page) => page.getByRole('textbox', { name: 'Recognised text' });

/** Milliseconds from choosing the files to their text in "Recognised text", and that text. */
async function choose(page: Page, files: File[], last: string) {
  await textarea(page).fill('');
  const started = performance.now();
  await page.getByLabel('Choose a photo or PDF').setInputFiles(files);
  await page.waitForFunction(
    (wanted) =>
      (document.querySelector('.ocr-text') as HTMLTextAreaElement | null)?.value.includes(wanted) &&
      !document.querySelector('progress'),
    last,
    { timeout: 180_000, polling: 20 },
  );
  return { ms: performance.now() - started, text: await textarea(page).inputValue() };
}

export const documentsBench: Benchmark = {
  name: 'documents',
  description:
    'Read aloud: choose-to-text for a text PDF (no OCR), a scanned PDF page, an HEIC photo, two files at once, and three pictures at once (each read by OCR), warm, median of 3',
  async run({ baseUrl, launch }) {
    const session = await launch();
    try {
      const { page } = session;
      await page.goto(`${baseUrl}#/tools/read-aloud`);
      await page.getByRole('heading', { level: 1, name: 'Read aloud' }).waitFor();
      const handout = known('pdf-handout.txt');
      const worksheet = known('clean-worksheet.txt');
      const cases: { label: string; files: File[]; truth: string; pages: number }[] = [
        {
          label: 'text PDF (2 pages, text layer)',
          files: [file(SAMPLES, 'pdf-handout.pdf', 'application/pdf')],
          truth: handout,
          pages: 2,
        },
        {
          label: 'scanned PDF (1 page, OCR)',
          files: [file(FIXTURES, 'scanned-worksheet.pdf', 'application/pdf')],
          truth: worksheet,
          pages: 1,
        },
        {
          label: 'HEIC photo (decode + OCR)',
          files: [file(FIXTURES, 'worksheet.heic', 'image/heic')],
          truth: worksheet,
          pages: 1,
        },
        {
          label: 'PNG page alone (OCR, for comparison)',
          files: [file(SAMPLES, 'clean-worksheet.png', 'image/png')],
          truth: worksheet,
          pages: 1,
        },
        {
          label: 'text PDF + PNG together (3 pages)',
          files: [
            file(SAMPLES, 'pdf-handout.pdf', 'application/pdf'),
            file(SAMPLES, 'clean-worksheet.png', 'image/png'),
          ],
          truth: `${handout}\n${worksheet}`,
          pages: 3,
        },
        // Several pages, each read by OCR: the next page is prepared while one is read.
        {
          label: 'three PNG pages together (OCR each)',
          files: SAMPLE_PAGES.map((id) => file(SAMPLES, `${id}.png`, 'image/png')),
          truth: SAMPLE_PAGES.map((id) => known(`${id}.txt`)).join('\n'),
          pages: 3,
        },
        {
          label: 'three phone photos together (OCR each)',
          files: PHONE_PHOTOS.map((id) => file(PHOTOS, `${id}.jpg`, 'image/jpeg')),
          truth: PHONE_PHOTOS.map((id) => readFileSync(join(PHOTOS, `${id}.txt`), 'utf8')).join(
            '\n',
          ),
          pages: 3,
        },
      ];
      const rows: BenchTable['rows'] = [];
      for (const { label, files, truth, pages } of cases) {
        const lastWords = truth.trim().split(/\s+/).slice(-2).join(' ');
        // The first run loads pdf.js, the HEIC decoder or the OCR worker: reported apart.
        const cold = await choose(page, files, lastWords.split(' ')[0] ?? '');
        const warm: number[] = [];
        let text = cold.text;
        for (let run = 0; run < RUNS; run += 1) {
          const result = await choose(page, files, lastWords.split(' ')[0] ?? '');
          warm.push(result.ms);
          text = result.text;
        }
        rows.push({
          input: label,
          pages,
          'first ms': Math.round(cold.ms),
          'warm median ms': Math.round(median(warm)),
          'warm ms per page': Math.round(median(warm) / pages),
          'CER %': round(characterErrorRate(text, truth) * 100, 2),
        });
      }
      return [
        {
          title: 'Read aloud: PDFs, HEIC and several files, choose to text',
          rows,
          verdicts: [
            `text PDF read exactly: CER ${rows[0]?.['CER %']}% (aim 0)`,
            `offsite requests: ${session.offsiteRequests.length} (aim 0)`,
          ],
        },
      ];
    } finally {
      await session.close();
    }
  },
};
