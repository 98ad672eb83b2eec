// Makes the PDF and HEIC files the read-aloud tests and the PDF sample use,
// reproducibly, with the system Chromium (which prints PDFs with a real text
// layer, and a page holding only a picture as a scanned, picture-only PDF)
// and ImageMagick (which writes HEIC through libheif).
//
//   npx tsx scripts/make-document-fixtures.ts
//
// Writes public/samples/pdf-handout.pdf (+ .txt, its exact text) and, in
// tests/fixtures/documents/: scanned-worksheet.pdf, too-many-pages.pdf,
// locked.pdf, damaged.pdf, worksheet.heic, broken.heic.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/chromium';

const ROOT = join(import.meta.dirname, '..');
const SAMPLES = join(ROOT, 'public', 'samples');
const OUT = join(ROOT, 'tests', 'fixtures', 'documents');

/** The handout's two pages, paragraph by paragraph: the exact text the app must read. */
export const HANDOUT = [
  [
    'Rivers and Flooding',
    'Year 10 Geography',
    'A river carries water from high ground to the sea. Its drainage basin is all the land that the river and its tributaries drain.',
    'After heavy rain, water reaches the river faster than the channel can carry it away, so the river bursts its banks and floods.',
  ],
  [
    'Managing floods',
    'Hard engineering builds dams, embankments and flood walls. These protect towns but cost a lot of money to build and keep up.',
    'Soft engineering works with the river. Planting trees and letting fields flood slow the water down before it reaches a town.',
    'Question: which way would you choose for a small village, and why?',
  ],
];

const page = (paragraphs: string[], last: boolean) =>
  `<section style="${last ? '' : 'break-after: page;'}">${paragraphs
    .map((text, i) => (i === 0 ? `<h1>${text}</h1>` : `<p>${text}</p>`))
    .join('')}</section>`;

const html = (body: string) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><style>
  body { font: 14pt/1.5 "DejaVu Sans", sans-serif; margin: 0; }
  h1 { font-size: 22pt; margin: 0 0 12pt; }
  p { margin: 0 0 12pt; }
  img { width: 100%; display: block; }
  </style></head><body>${body}</body></html>`;

async function main() {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const tab = await browser.newPage();
  const print = async (body: string, path: string) => {
    await tab.setContent(html(body));
    writeFileSync(
      path,
      await tab.pdf({
        format: 'A4',
        margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' },
      }),
    );
  };

  await print(
    HANDOUT.map((p, i) => page(p, i === HANDOUT.length - 1)).join(''),
    join(SAMPLES, 'pdf-handout.pdf'),
  );
  writeFileSync(
    join(SAMPLES, 'pdf-handout.txt'),
    `${HANDOUT.map((p) => p.join('\n\n')).join('\n\n')}\n`,
  );

  // A scan: the clean worksheet as a picture only, no text layer.
  const png = readFileSync(join(SAMPLES, 'clean-worksheet.png')).toString('base64');
  await print(
    `<img alt="" src="data:image/png;base64,${png}">`,
    join(OUT, 'scanned-worksheet.pdf'),
  );

  // One more page than the app reads at once (MAX_PDF_PAGES is 30).
  await print(
    Array.from({ length: 31 }, (_, i) => page([`Page ${i + 1}`], i === 30)).join(''),
    join(OUT, 'too-many-pages.pdf'),
  );
  await browser.close();

  writeFileSync(join(OUT, 'locked.pdf'), lockedPdf());
  // Cut short: the header and a few objects, no pages, no cross-reference table.
  writeFileSync(
    join(OUT, 'damaged.pdf'),
    readFileSync(join(SAMPLES, 'pdf-handout.pdf')).subarray(0, 400),
  );

  const work = mkdtempSync(join(tmpdir(), 'heic-'));
  try {
    // A phone-sized photo of the clean worksheet, as an iPhone saves it.
    execFileSync('convert', [
      join(SAMPLES, 'clean-worksheet.png'),
      '-quality',
      '60',
      join(OUT, 'worksheet.heic'),
    ]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  // An HEIC header (the "ftyp" box of the heic brand) and nothing a decoder can use.
  const heic = readFileSync(join(OUT, 'worksheet.heic'));
  writeFileSync(
    join(OUT, 'broken.heic'),
    Buffer.concat([heic.subarray(0, 32), Buffer.alloc(2000, 7)]),
  );
  console.log(`Wrote the PDF sample to ${SAMPLES} and the fixtures to ${OUT}`);
}

/**
 * A one-page PDF locked with a user password (the standard security handler,
 * RC4 40-bit, revision 2). Its /U entry matches no password a reader could
 * guess from an empty one, so every reader asks for the password. Chromium
 * cannot print encrypted PDFs, so this one is written by hand.
 */
function lockedPdf(): Buffer {
  const hex = (n: number) => Buffer.alloc(32, n).toString('hex');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(0x41)}> /U <${hex(0x42)}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets
    .map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)
    .join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

await main();
