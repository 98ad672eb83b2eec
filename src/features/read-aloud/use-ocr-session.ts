import { useCallback, useEffect, useRef, useState } from 'react';
import { ImageError } from '../../engines/image/image-engine';
import { addQuarterTurn, type QuarterTurn, type Size } from '../../engines/image/image-format';
import { OcrError, type OcrProgress, type OcrWord } from '../../engines/ocr/ocr-engine';
import { useAnnounce } from '../../shared/announcer';
import { useEngines } from '../../shared/engines-context';
import { useAppStore } from '../../store/store-context';
import type { ProblemCode } from './messages';
import {
  betterReading,
  dropNoise,
  layoutWords,
  looksUpsideDown,
  summarise,
  TURNED_ROUND_NOTE,
  wordsToCheck,
} from './ocr-document';

export type PageSource = 'sample' | 'file' | 'paste' | 'drop';

/** The page OCR last read, kept across reloads (the picture is the metadata-free copy). */
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
}

export type OcrStatus =
  | { kind: 'idle' }
  | { kind: 'working'; progress: OcrProgress }
  | { kind: 'failed'; code: ProblemCode; size?: Size };

export const TEXT_KEY = 'read-aloud:text';
export const PAGE_KEY = 'read-aloud:page';

/** Skew below this is not worth mentioning (tesseract ignores under about 0.3°). */
const SKEW_WORTH_SAYING = 0.3;

/**
 * One OCR session: choose a picture, recognise it, keep the text (edited or
 * not) and the page across reloads. A new picture cancels the one before;
 * a failure never loses text already recognised.
 */
export function useOcrSession() {
  const { image, ocr, storage } = useEngines();
  const emit = useAppStore((state) => state.emit);
  const announce = useAnnounce();
  const [text, setText] = useState('');
  const [page, setPage] = useState<RecognisedPage | null>(null);
  const [status, setStatus] = useState<OcrStatus>({ kind: 'idle' });
  const [restored, setRestored] = useState(false);
  const job = useRef<AbortController | null>(null);
  /** The picture as chosen, and the quarter turns applied to it, for the rotate buttons. */
  const current = useRef<{
    file: Blob;
    turn: QuarterTurn;
    source: PageSource;
    sampleId?: string;
  } | null>(null);
  const textRef = useRef(text);
  textRef.current = text;
  const pageRef = useRef(page);
  pageRef.current = page;

  // The worker starts loading as soon as the tool opens, so the first page starts warm.
  useEffect(() => {
    ocr.warmUp();
    return () => job.current?.abort();
  }, [ocr]);

  useEffect(() => {
    let live = true;
    Promise.all([storage.getItem(TEXT_KEY), storage.getItem(PAGE_KEY)])
      .then(([savedText, savedPage]) => {
        if (!live) return;
        if (savedText !== null) setText(savedText);
        if (savedPage) {
          try {
            setPage(JSON.parse(savedPage) as RecognisedPage);
          } catch {
            // A damaged saved page is dropped; the text is kept on its own.
          }
        }
      })
      .finally(() => live && setRestored(true));
    return () => {
      live = false;
    };
  }, [storage]);

  const recognise = useCallback(
    async (file: Blob, source: PageSource, sampleId?: string, turn: QuarterTurn = 0) => {
      job.current?.abort();
      const controller = new AbortController();
      job.current = controller;
      current.current = { file, turn, source, ...(sampleId ? { sampleId } : {}) };
      setStatus({ kind: 'working', progress: { stage: 'loading', fraction: 0 } });
      /** One reading of the page at a turn, or null once cancelled. */
      const read = async (at: QuarterTurn) => {
        const prepared = await image.prepare(file, at);
        if (controller.signal.aborted) return null;
        const result = await ocr.recognise(prepared.ocrImage, {
          signal: controller.signal,
          onProgress: (progress) => {
            if (!controller.signal.aborted) setStatus({ kind: 'working', progress });
          },
        });
        if (controller.signal.aborted) return null;
        const words = dropNoise(result.words);
        return { at, prepared, result, words, summary: summarise(words) };
      };
      try {
        let reading = await read(turn);
        if (!reading) return;
        let turnedRound = false;
        if (looksUpsideDown(reading.summary)) {
          // Automatic rotation: tesseract reads upright pages and pages a quarter turn
          // clockwise; upside down or a quarter anticlockwise, it reads nonsense. Half a
          // turn puts either right, so that is tried once, and the better reading kept.
          const other = await read(addQuarterTurn(addQuarterTurn(turn, 90), 90));
          if (!other) return;
          if (betterReading(reading.summary, other.summary) === 'b') {
            reading = other;
            turnedRound = true;
            if (current.current) current.current.turn = other.at;
          }
        }
        const { prepared, result, words, summary } = reading;
        if (words.length === 0) {
          setStatus({ kind: 'failed', code: 'no-text' });
          return;
        }
        const recognised = layoutWords(words);
        const next: RecognisedPage = {
          words,
          width: prepared.width,
          height: prepared.height,
          displayUrl: prepared.displayUrl,
          skewDegrees: result.skewDegrees,
          ...(turnedRound ? { turnedRound } : {}),
          source,
          ...(sampleId ? { sampleId } : {}),
        };
        setText(recognised);
        setPage(next);
        setStatus({ kind: 'idle' });
        await Promise.all([
          storage.setItem(TEXT_KEY, recognised),
          storage.setItem(PAGE_KEY, JSON.stringify(next)),
        ]).catch(() => {});
        emit({ type: 'ocr/recognised', source, ...(sampleId ? { sampleId } : {}), ...summary });
        if (turnedRound) emit({ type: 'ocr/rotated', degrees: 180, automatic: true });
        if (Math.abs(result.skewDegrees) >= SKEW_WORTH_SAYING) {
          emit({ type: 'ocr/rotated', degrees: result.skewDegrees, automatic: true });
        }
        announce(
          `Text recognised: ${summary.words} words${
            summary.lowConfidenceWords ? `, ${summary.lowConfidenceWords} to check` : ''
          }.${turnedRound ? ` ${TURNED_ROUND_NOTE}` : ''}`,
        );
      } catch (error) {
        if (
          controller.signal.aborted ||
          (error instanceof OcrError && error.code === 'cancelled')
        ) {
          return;
        }
        if (error instanceof ImageError) {
          setStatus({
            kind: 'failed',
            code: error.code,
            ...(error.size ? { size: error.size } : {}),
          });
        } else if (error instanceof OcrError) {
          setStatus({
            kind: 'failed',
            code: error.code as Exclude<typeof error.code, 'cancelled'>,
          });
        } else {
          setStatus({ kind: 'failed', code: 'ocr-crashed' });
        }
      } finally {
        if (job.current === controller) job.current = null;
      }
    },
    [image, ocr, storage, emit, announce],
  );

  const cancel = useCallback(() => {
    job.current?.abort();
    job.current = null;
    setStatus({ kind: 'idle' });
    announce('Recognition cancelled. Your text is unchanged.');
  }, [announce]);

  const chooseSample = useCallback(
    async (sampleId: string, file: string) => {
      try {
        recognise(await image.load(`samples/${file}`), 'sample', sampleId);
      } catch {
        setStatus({ kind: 'failed', code: 'unreadable' });
      }
    },
    [image, recognise],
  );

  const rotate = useCallback(
    async (by: -90 | 90) => {
      let base = current.current;
      if (!base) {
        const saved = pageRef.current;
        if (!saved) return;
        // After a reload only the (already turned) copy is kept: turn that.
        base = {
          file: await image.load(saved.displayUrl),
          turn: 0,
          source: saved.source,
          ...(saved.sampleId ? { sampleId: saved.sampleId } : {}),
        };
      }
      emit({ type: 'ocr/rotated', degrees: by, automatic: false });
      await recognise(base.file, base.source, base.sampleId, addQuarterTurn(base.turn, by));
    },
    [image, emit, recognise],
  );

  const edit = useCallback(
    (value: string) => {
      const words = pageRef.current?.words ?? [];
      const before = wordsToCheck(textRef.current, words).length;
      const after = wordsToCheck(value, words).length;
      setText(value);
      storage.setItem(TEXT_KEY, value).catch(() => {});
      if (after < before) emit({ type: 'ocr/word-corrected' });
    },
    [storage, emit],
  );

  const dismiss = useCallback(() => setStatus({ kind: 'idle' }), []);

  return { text, page, status, restored, recognise, chooseSample, cancel, rotate, edit, dismiss };
}
