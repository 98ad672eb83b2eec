import { useCallback, useEffect, useRef, useState } from 'react';
import { DocumentError } from '../../engines/documents/documents-engine';
import { type ImageEngine, ImageError } from '../../engines/image/image-engine';
import { addQuarterTurn, type QuarterTurn, type Size } from '../../engines/image/image-format';
import { NOTICEABLE_SKEW_DEGREES, OcrError, type OcrProgress } from '../../engines/ocr/ocr-engine';
import { useAnnounce } from '../../shared/announcer';
import { useEngines } from '../../shared/engines-context';
import { usePersistedState } from '../../shared/use-persisted-state';
import { useAppStore } from '../../store/store-context';
import type { ProblemCode } from './messages';
import { layoutWords, summarise, TURNED_ROUND_NOTE } from './ocr-document';
import { FileProblem, type PageSource, type RecognisedPage, readPages } from './read-pages';
import { PAGE_KEY, parsePages, parseText, TEXT_KEY } from './saved-reading';

export type { PageSource, RecognisedPage } from './read-pages';
export { PAGE_KEY, TEXT_KEY } from './saved-reading';

/**
 * The image engine as one reading sees it. A turn the person chose with the
 * rotate buttons stands (no automatic quarter turn on top, which would turn
 * their page straight back), and the whole turn each picture is shown at is
 * noted, so the next press turns the page from where the person sees it.
 */
function imageForReading(image: ImageEngine, byHand: boolean) {
  const added = new Map<Blob, number>();
  const engine: ImageEngine = {
    ...image,
    async prepare(file, at = 0) {
      const prepared = await image.prepare(file, at, byHand ? { byHand } : {});
      added.set(file, prepared.turned - at);
      return prepared;
    },
  };
  const turnShown = (picture: Blob, at: QuarterTurn): QuarterTurn =>
    ((((at + (added.get(picture) ?? 0)) % 360) + 360) % 360) as QuarterTurn;
  return { engine, turnShown };
}

export type OcrStatus =
  | { kind: 'idle' }
  | { kind: 'working'; progress: OcrProgress; page?: { at: number; of: number } }
  | {
      kind: 'failed';
      code: ProblemCode;
      size?: Size;
      /** For a PDF with too many pages: how many it has. */
      pages?: number;
      /** The file's name, when several were chosen. */
      fileName?: string;
    };

/** The text of a document: each page laid out as OCR or the text layer gave it, a blank line between pages. */
export function textOfPages(pages: readonly RecognisedPage[]): string {
  return pages
    .map((page) => layoutWords(page.words))
    .filter((text) => text.trim())
    .join('\n\n');
}

function problemOf(error: unknown): Omit<Extract<OcrStatus, { kind: 'failed' }>, 'kind'> {
  if (error instanceof ImageError)
    return { code: error.code, ...(error.size ? { size: error.size } : {}) };
  if (error instanceof DocumentError)
    return { code: error.code, ...(error.pages ? { pages: error.pages } : {}) };
  if (error instanceof OcrError && error.code !== 'cancelled') return { code: error.code };
  return { code: 'ocr-crashed' };
}

/**
 * One reading session: choose pictures or PDFs, read them into one document,
 * keep the text (edited or not) and the pages across reloads. New files cancel
 * the ones before; a failure never loses text already recognised, and Cancel
 * keeps the pages already read.
 */
export function useOcrSession() {
  const { image, ocr, documents } = useEngines();
  const emit = useAppStore((state) => state.emit);
  const announce = useAnnounce();
  const savedText = usePersistedState({
    key: TEXT_KEY,
    label: 'the recognised text',
    parse: parseText,
    // A long page typed fast: written once the text is still (the journal covers leaving meanwhile).
    settleMs: 400,
  });
  const savedPages = usePersistedState({
    key: PAGE_KEY,
    label: 'the page pictures',
    parse: parsePages,
  });
  const text = savedText.value;
  const pages = savedPages.value;
  const restored = savedText.restored && savedPages.restored;
  const [status, setStatus] = useState<OcrStatus>({ kind: 'idle' });
  /** The run in progress: its cancel switch and the pages it has read so far. */
  const job = useRef<{ controller: AbortController; done: RecognisedPage[] } | null>(null);
  /** A one-picture document's picture and turn, for the rotate buttons. */
  const current = useRef<{
    picture: Blob;
    turn: QuarterTurn;
    source: PageSource;
    sampleId?: string;
  } | null>(null);
  const pagesRef = useRef(pages);
  pagesRef.current = pages;

  // The OCR worker starts loading as soon as the tool opens, so the first page starts warm. The
  // picture pipeline is warmed once the OCR engine is ready, not while it loads: both want the
  // processor, and the first page needs the OCR engine more (docs/read-aloud-ocr.md).
  useEffect(() => {
    let open = true;
    ocr.warmUp().then(() => {
      if (open) image.warmUp();
    });
    return () => {
      open = false;
      job.current?.controller.abort();
    };
  }, [ocr, image]);

  /** Shows and saves a finished (or cancelled part-way) document, and tells the exercises. */
  const commit = useCallback(
    (done: RecognisedPage[], source: PageSource, sampleId?: string) => {
      const words = done.flatMap((page) => page.words);
      const recognised = textOfPages(done);
      void savedText.update(recognised);
      void savedPages.update(done);
      const summary = summarise(words);
      const formats = new Set(done.map((page) => page.format ?? 'image'));
      const format = formats.has('pdf') ? 'pdf' : formats.has('heic') ? 'heic' : undefined;
      emit({
        type: 'ocr/recognised',
        source,
        ...(sampleId ? { sampleId } : {}),
        ...(format ? { format } : {}),
        ...(done.length > 1 ? { pages: done.length } : {}),
        ...summary,
      });
      for (const page of done) {
        if (page.turnedRound) emit({ type: 'ocr/rotated', degrees: 180, automatic: true });
        if (Math.abs(page.skewDegrees) >= NOTICEABLE_SKEW_DEGREES) {
          emit({ type: 'ocr/rotated', degrees: page.skewDegrees, automatic: true });
        }
      }
      return summary;
    },
    [savedText.update, savedPages.update, emit],
  );

  const recogniseFiles = useCallback(
    async (files: readonly Blob[], source: PageSource, sampleId?: string, turn?: QuarterTurn) => {
      if (files.length === 0) return;
      job.current?.controller.abort();
      const controller = new AbortController();
      const run = { controller, done: [] as RecognisedPage[] };
      job.current = run;
      let origin: { picture: Blob; turn: QuarterTurn } | undefined;
      setStatus({ kind: 'working', progress: { stage: 'loading', fraction: 0 } });
      const name = (index: number) =>
        files.length > 1 ? (files[index] as File | undefined)?.name : undefined;
      const reading = imageForReading(image, turn !== undefined);
      try {
        await readPages(files, {
          engines: { image: reading.engine, ocr, documents },
          signal: controller.signal,
          source,
          ...(sampleId ? { sampleId } : {}),
          ...(turn !== undefined ? { turn } : {}),
          onProgress: ({ ocr: progress, page, pages: of }) => {
            if (controller.signal.aborted) return;
            setStatus({
              kind: 'working',
              progress,
              ...(of > 1 ? { page: { at: page, of } } : {}),
            });
          },
          onPage: (page, from) => {
            run.done.push(page);
            origin = from && { ...from, turn: reading.turnShown(from.picture, from.turn) };
          },
        });
        if (controller.signal.aborted) return;
        const done = run.done;
        if (done.every((page) => page.words.length === 0)) {
          setStatus({ kind: 'failed', code: 'no-text' });
          return;
        }
        current.current =
          done.length === 1 && origin
            ? { ...origin, source, ...(sampleId ? { sampleId } : {}) }
            : null;
        const summary = commit(done, source, sampleId);
        setStatus({ kind: 'idle' });
        const turnedRound = done.some((page) => page.turnedRound);
        announce(
          `Text recognised: ${done.length > 1 ? `${done.length} pages, ` : ''}${summary.words} words${
            summary.lowConfidenceWords ? `, ${summary.lowConfidenceWords} to check` : ''
          }.${turnedRound ? ` ${TURNED_ROUND_NOTE}` : ''}`,
        );
      } catch (error) {
        if (controller.signal.aborted) return;
        const problem = error instanceof FileProblem ? error.error : error;
        if (problem instanceof OcrError && problem.code === 'cancelled') return;
        // Pages read before the bad file are kept.
        if (run.done.some((page) => page.words.length > 0)) {
          current.current = null;
          commit(run.done, source, sampleId);
        }
        const fileName = error instanceof FileProblem ? name(error.fileIndex) : undefined;
        setStatus({ kind: 'failed', ...problemOf(problem), ...(fileName ? { fileName } : {}) });
      } finally {
        if (job.current === run) job.current = null;
      }
    },
    [image, ocr, documents, announce, commit],
  );

  const recognise = useCallback(
    (file: Blob, source: PageSource) => recogniseFiles([file], source),
    [recogniseFiles],
  );

  const cancel = useCallback(() => {
    const run = job.current;
    run?.controller.abort();
    job.current = null;
    setStatus({ kind: 'idle' });
    const kept = run?.done.filter((page) => page.words.length > 0) ?? [];
    if (run && kept.length > 0) {
      current.current = null;
      const first = kept[0] as RecognisedPage;
      commit(run.done, first.source, first.sampleId);
      announce(
        `Recognition cancelled. The ${kept.length === 1 ? 'page' : `${kept.length} pages`} already read ${kept.length === 1 ? 'is' : 'are'} kept.`,
      );
    } else {
      announce('Recognition cancelled. Your text is unchanged.');
    }
  }, [announce, commit]);

  const chooseSample = useCallback(
    async (sampleId: string, file: string) => {
      try {
        recogniseFiles([await image.load(`samples/${file}`)], 'sample', sampleId);
      } catch {
        setStatus({ kind: 'failed', code: 'unreadable' });
      }
    },
    [image, recogniseFiles],
  );

  const rotate = useCallback(
    async (by: -90 | 90) => {
      let base = current.current;
      if (!base) {
        const saved = pagesRef.current;
        if (saved.length !== 1 || !saved[0]) return;
        // After a reload only the (already turned) copy is kept: turn that.
        base = {
          picture: await image.load(saved[0].displayUrl),
          turn: 0,
          source: saved[0].source,
          ...(saved[0].sampleId ? { sampleId: saved[0].sampleId } : {}),
        };
      }
      emit({ type: 'ocr/rotated', degrees: by, automatic: false });
      await recogniseFiles(
        [base.picture],
        base.source,
        base.sampleId,
        addQuarterTurn(base.turn, by),
      );
    },
    [image, emit, recogniseFiles],
  );

  const edit = useCallback(
    (value: string) => {
      void savedText.update(value);
    },
    [savedText.update],
  );

  const dismiss = useCallback(() => setStatus({ kind: 'idle' }), []);

  return {
    text,
    pages,
    status,
    restored,
    recognise,
    recogniseFiles,
    chooseSample,
    cancel,
    rotate,
    edit,
    dismiss,
  };
}
