import type { OcrWord } from '../ocr/ocr-engine';
import {
  DocumentError,
  type DocumentsEngine,
  kindOfBytes,
  MAX_PDF_PAGES,
  type PdfPage,
} from './documents-engine';

/** What a fake PDF holds: per page, its text-layer words (none for a scanned page). */
export interface FakePdf {
  pages: { words: OcrWord[] }[];
  encrypted?: boolean;
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A PDF for the fake engine: "%PDF-" then JSON, so tests write the pages they
 * want; anything after "%PDF-" that is not that JSON is a damaged PDF.
 */
export function fakePdfBytes(pdf: FakePdf): string {
  return `%PDF-fake\n${JSON.stringify(pdf)}`;
}

/**
 * For jsdom, where pdf.js and the HEIC decoder cannot run: the same sniffing
 * and the same errors as the real engine. A fake HEIC decodes to a PNG
 * unless its bytes contain "broken".
 */
export function createFakeDocuments(): DocumentsEngine & { opened: number; closed: number } {
  const engine = {
    opened: 0,
    closed: 0,
    async kind(file: Blob) {
      return kindOfBytes(new Uint8Array(await file.slice(0, 1024).arrayBuffer()));
    },
    async openPdf(file: Blob) {
      const text = await file.text();
      let pdf: FakePdf;
      try {
        pdf = JSON.parse(text.slice(text.indexOf('\n') + 1)) as FakePdf;
      } catch {
        throw new DocumentError('pdf-unreadable');
      }
      if (pdf.encrypted) throw new DocumentError('pdf-encrypted');
      if (pdf.pages.length > MAX_PDF_PAGES)
        throw new DocumentError('pdf-too-long', pdf.pages.length);
      engine.opened += 1;
      return {
        pageCount: pdf.pages.length,
        async page(number: number): Promise<PdfPage> {
          const page = pdf.pages[number - 1];
          if (!page) throw new DocumentError('pdf-unreadable');
          return {
            width: 1190,
            height: 1684,
            words: page.words,
            displayUrl: `data:image/gif;pdf-page=${number};base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==`,
            picture: page.words.length ? null : new Blob([PNG], { type: 'image/png' }),
          };
        },
        async close() {
          engine.closed += 1;
        },
      };
    },
    async decodeHeic(file: Blob) {
      if ((await file.text()).includes('broken')) throw new DocumentError('heic-unreadable');
      return new Blob([PNG], { type: 'image/png' });
    },
  };
  return engine;
}
