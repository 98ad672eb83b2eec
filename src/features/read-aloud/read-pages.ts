import type { DocumentsEngine, OpenedPdf, PdfPage } from '../../engines/documents/documents-engine';
import type { ImageEngine, PreparedImage } from '../../engines/image/image-engine';
import { addQuarterTurn, type QuarterTurn } from '../../engines/image/image-format';
import type { OcrEngine, OcrProgress, OcrWord } from '../../engines/ocr/ocr-engine';
import { betterReading, dropNoise, looksUpsideDown, summarise } from './ocr-document';

/**
 * Files in, pages out: each photo, HEIC photo or PDF page becomes one page
 * of one document, in the order chosen. Pages are read one at a time (one OCR
 * reading alive at once), and the next page is prepared while one is read, so
 * at most two pages' pictures are held. No React: the session hook drives it.
 */

export type PageSource = 'sample' | 'file' | 'paste' | 'drop' | 'camera';
export type PageFormat = 'image' | 'heic' | 'pdf';

/** One page as read (the picture is a metadata-free copy), kept across reloads. */
export interface RecognisedPage {
  words: OcrWord[];
  width: number;
  height: number;
  displayUrl: string;
  skewDegrees: number;
  /** The page read upside down (or a quarter anticlockwise), so it was turned round and read again. */
  turnedRound?: boolean;
  source: PageSource;
  sampleId?: string;
  /** What the page came from; a PDF page with a text layer was read from its text, not by OCR. */
  format?: PageFormat;
  fromTextLayer?: boolean;
}

export interface PagesProgress {
  ocr: OcrProgress;
  /** 1-based page being read, and how many pages there are in all. */
  page: number;
  pages: number;
}

export interface ReadPagesOptions {
  engines: { image: ImageEngine; ocr: OcrEngine; documents: DocumentsEngine };
  signal: AbortSignal;
  source: PageSource;
  sampleId?: string;
  /** Quarter turns for a single picture (the rotate buttons). */
  turn?: QuarterTurn;
  onProgress(progress: PagesProgress): void;
  /**
   * Each page as soon as it is read, so Cancel can keep the pages already
   * done; for a page read by OCR, the picture and the turn it was read at
   * (for the rotate buttons).
   */
  onPage(page: RecognisedPage, origin?: { picture: Blob; turn: QuarterTurn }): void;
}

/** A file that could not be read, with its position, so the message can name it. */
export class FileProblem extends Error {
  constructor(
    readonly error: unknown,
    readonly fileIndex: number,
  ) {
    super('file problem');
    this.name = 'FileProblem';
  }
}

type Unit =
  | { kind: 'picture'; file: Blob; format: PageFormat; fileIndex: number }
  | {
      kind: 'pdf-page';
      pdf: OpenedPdf;
      number: number;
      fileIndex: number;
    };

/** Reads one picture with OCR, turning it half round when it reads as nonsense (see looksUpsideDown). */
async function readPicture(
  file: Blob,
  turn: QuarterTurn,
  first: PreparedImage,
  { engines, signal }: ReadPagesOptions,
  onOcrProgress: (progress: OcrProgress) => void,
) {
  const read = async (at: QuarterTurn, ready?: PreparedImage) => {
    const prepared = ready ?? (await engines.image.prepare(file, at));
    if (signal.aborted) return null;
    const result = await engines.ocr.recognise(prepared.ocrImage, {
      signal,
      onProgress: (progress) => !signal.aborted && onOcrProgress(progress),
    });
    if (signal.aborted) return null;
    const words = dropNoise(result.words);
    return { at, prepared, result, words, summary: summarise(words) };
  };
  let reading = await read(turn, first);
  if (!reading) return null;
  let turnedRound = false;
  if (looksUpsideDown(reading.summary)) {
    // Tesseract reads upright pages and pages a quarter turn clockwise; upside down or a
    // quarter anticlockwise it reads nonsense, and half a turn puts either right.
    const other = await read(addQuarterTurn(addQuarterTurn(turn, 90), 90));
    if (!other) return null;
    if (betterReading(reading.summary, other.summary) === 'b') {
      reading = other;
      turnedRound = true;
    }
  }
  return { ...reading, turnedRound };
}

/** A page made ready to read: from a PDF's own text, or a picture prepared for OCR. */
type ReadyUnit =
  | { kind: 'text'; page: PdfPage }
  | { kind: 'picture'; picture: Blob; format: PageFormat; prepared: PreparedImage };

/** Draws a PDF page, decodes an HEIC photo, and prepares the picture (in the prepare worker). */
async function makeReady(unit: Unit, { engines, turn }: ReadPagesOptions): Promise<ReadyUnit> {
  let picture: Blob;
  let format: PageFormat;
  if (unit.kind === 'pdf-page') {
    const page = await unit.pdf.page(unit.number);
    if (page.words.length > 0 || !page.picture) return { kind: 'text', page };
    picture = page.picture;
    format = 'pdf';
  } else {
    picture = unit.format === 'heic' ? await engines.documents.decodeHeic(unit.file) : unit.file;
    format = unit.format;
  }
  return { kind: 'picture', picture, format, prepared: await engines.image.prepare(picture, turn) };
}

/**
 * Reads the files in order. Resolves when every page is read (or the signal
 * aborts); rejects with a FileProblem naming the file that could not be read,
 * after handing every earlier page to `onPage`.
 */
export async function readPages(files: readonly Blob[], options: ReadPagesOptions): Promise<void> {
  const { engines, signal } = options;
  const units: Unit[] = [];
  const opened: { close(): Promise<void> }[] = [];
  try {
    // Every PDF is opened first, only to count the pages for "Page 2 of 5".
    for (const [fileIndex, file] of files.entries()) {
      try {
        const kind = await engines.documents.kind(file);
        if (kind === 'pdf') {
          const pdf = await engines.documents.openPdf(file);
          opened.push(pdf);
          for (let number = 1; number <= pdf.pageCount; number += 1) {
            units.push({ kind: 'pdf-page', pdf, number, fileIndex });
          }
        } else {
          units.push({ kind: 'picture', file, format: kind, fileIndex });
        }
      } catch (error) {
        // A bad file among good ones: the good ones before it are still read.
        if (units.length === 0) throw new FileProblem(error, fileIndex);
        await readUnits(units, options);
        throw new FileProblem(error, fileIndex);
      }
      if (signal.aborted) return;
    }
    await readUnits(units, options);
  } finally {
    for (const pdf of opened) await pdf.close();
  }
}

async function readUnits(units: readonly Unit[], options: ReadPagesOptions): Promise<void> {
  const { signal, source, sampleId, onPage, onProgress } = options;
  const tag = { source, ...(sampleId ? { sampleId } : {}) };
  const start = (unit: Unit) => {
    const ready = makeReady(unit, options);
    ready.catch(() => {}); // a failure is reported when its page's turn comes, not before
    return ready;
  };
  // The page prepared ahead of the one being read (the first is started in its own turn).
  let next: Promise<ReadyUnit> | null = null;
  try {
    for (const [index, unit] of units.entries()) {
      if (signal.aborted) return;
      const progress = (ocr: OcrProgress) =>
        onProgress({ ocr, page: index + 1, pages: units.length });
      progress({ stage: 'recognising', fraction: 0 });
      try {
        const ready = await (next ?? start(unit));
        if (signal.aborted) return;
        // The next page is drawn, decoded and prepared while this one is read (the prepare
        // worker and the OCR worker on two cores): at most two pages are held at once.
        const following = units[index + 1];
        next = following ? start(following) : null;
        if (ready.kind === 'text') {
          const { page } = ready;
          onPage({
            words: page.words,
            width: page.width,
            height: page.height,
            displayUrl: page.displayUrl,
            skewDegrees: 0,
            format: 'pdf',
            fromTextLayer: true,
            ...tag,
          });
          continue;
        }
        const { picture, format } = ready;
        const turn = options.turn ?? 0;
        const reading = await readPicture(picture, turn, ready.prepared, options, progress);
        if (!reading) return;
        // Encoded while the page was read: ready by now, or nearly.
        const displayUrl = await reading.prepared.displayUrl;
        if (signal.aborted) return;
        onPage(
          {
            words: reading.words,
            width: reading.prepared.width,
            height: reading.prepared.height,
            displayUrl,
            skewDegrees: reading.result.skewDegrees,
            ...(reading.turnedRound ? { turnedRound: true } : {}),
            ...(format === 'image' ? {} : { format }),
            ...tag,
          },
          { picture, turn: reading.at },
        );
      } catch (error) {
        throw error instanceof FileProblem ? error : new FileProblem(error, unit.fileIndex);
      }
    }
  } finally {
    // A page still being drawn or prepared ahead is let finish before its PDF is closed.
    await next?.catch(() => {});
  }
}
