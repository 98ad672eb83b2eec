import type { OcrWord } from '../ocr/ocr-engine';

/**
 * Files that are not plain pictures: PDFs (pdf.js) and iPhone photos
 * (HEIC/HEIF, through a WebAssembly decoder). Both libraries are large, so
 * each is loaded only when such a file arrives, from the app's own origin.
 */

/** Why a document could not be used, each explained in plain words by the page. */
export type DocumentErrorCode =
  /** A PDF that needs a password to open. */
  | 'pdf-encrypted'
  /** Not a PDF pdf.js can read: damaged, cut short or not really a PDF. */
  | 'pdf-unreadable'
  /** More pages than the app reads at once (see MAX_PDF_PAGES). */
  | 'pdf-too-long'
  /** An HEIC/HEIF file the decoder could not turn into a picture. */
  | 'heic-unreadable'
  /** The PDF or HEIC code could not be loaded (missing files, or an old browser). */
  | 'document-support-missing';

export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    /** For 'pdf-too-long': how many pages the file has. */
    readonly pages?: number,
  ) {
    super(`documents: ${code}`);
    this.name = 'DocumentError';
  }
}

/**
 * The most pages read from one PDF. Each page is drawn, and a scanned one read
 * by OCR (about 2 s a page here), one at a time; 30 pages is a long handout,
 * and the limit keeps a 300-page book from holding the tab for ten minutes.
 */
export const MAX_PDF_PAGES = 30;

export type DocumentKind = 'pdf' | 'heic' | 'image';

/** One page of a PDF, drawn as a picture, with its text layer if it has one. */
export interface PdfPage {
  /** Size of the drawn page in pixels. */
  width: number;
  height: number;
  /** The text layer's words with boxes in those pixels; empty for a scanned (picture-only) page. */
  words: OcrWord[];
  /** The page as a JPEG data: URL, to show and to keep across a reload. */
  displayUrl: string;
  /** The same picture as a PNG, for OCR, when the page has no text layer (else null). */
  picture: Blob | null;
}

export interface OpenedPdf {
  pageCount: number;
  /** Draws and reads page `number` (1-based); its canvas is released before this resolves. */
  page(number: number): Promise<PdfPage>;
  /** Frees pdf.js's copy of the file and its worker's memory. */
  close(): Promise<void>;
}

export interface DocumentsEngine {
  /** What a file is, from its first bytes (never its name or type, which lie). */
  kind(file: Blob): Promise<DocumentKind>;
  /** Opens a PDF. Rejects with a DocumentError ('pdf-encrypted', 'pdf-unreadable', 'pdf-too-long'). */
  openPdf(file: Blob): Promise<OpenedPdf>;
  /** Decodes an HEIC/HEIF photo to a JPEG. Rejects with DocumentError('heic-unreadable'). */
  decodeHeic(file: Blob): Promise<Blob>;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** Sniffs the first bytes: "%PDF-" (allowing junk before it, as readers do), or an ISO box "ftyp" of an HEIF brand. */
export function kindOfBytes(bytes: Uint8Array): DocumentKind {
  for (let at = 0; at + PDF_MAGIC.length <= Math.min(bytes.length, 1024); at += 1) {
    if (PDF_MAGIC.every((b, i) => bytes[at + i] === b)) return 'pdf';
  }
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.slice(from, to));
  // AVIF shares HEIF's boxes (and sometimes the "mif1" brand); browsers decode it themselves.
  if (bytes.length >= 12 && ascii(4, 8) === 'ftyp' && !ascii(8, 40).includes('avif')) {
    const brand = ascii(8, 12);
    if (['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) {
      return 'heic';
    }
  }
  return 'image';
}
