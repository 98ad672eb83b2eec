// Drives a synthesis engine for the contract suite. No test framework here:
// the same code runs in jsdom (against the fake) and is bundled into a page
// for real Chromium (against the built-in voice).
import type { SynthesisEngine } from '../../src/engines/synthesis/synthesis-engine';
import { chunksFrom, maxChunkChars } from '../../src/features/read-aloud/reading/chunking';
import { parseDocument } from '../../src/features/read-aloud/reading/reading-document';

export interface ReadResult {
  /** Document offsets reported by onWord, in order. */
  offsets: number[];
  /** Word starts of the document, to compare with. */
  wordStarts: number[];
  ended: boolean;
  error: string | null;
  methods: string[];
}

export interface VoiceSummary {
  id: string;
  lang: string;
  localService: boolean;
  builtIn: boolean;
}

export interface SynthesisDriver {
  voices(): Promise<VoiceSummary[]>;
  read(text: string, voiceId: string, rate: number, fromWord?: number): Promise<ReadResult>;
  /** Cancels as soon as the first word is reported, then counts callbacks for `waitMs`. */
  readAndCancel(
    text: string,
    voiceId: string,
    waitMs: number,
  ): Promise<{ callbacksAfterCancel: number }>;
}

const LIMIT_MS = 60_000;

export function createSynthesisDriver(engine: SynthesisEngine): SynthesisDriver {
  const findVoice = async (id: string) => {
    const voice = (await engine.voices()).find((v) => v.id === id);
    if (!voice) throw new Error(`No voice ${id}`);
    return voice;
  };
  const chunksOf = (text: string, rate: number, fromWord: number) => {
    const doc = parseDocument(text);
    const chunks = chunksFrom(doc, fromWord, maxChunkChars(rate)).map((chunk) => ({
      start: chunk.start,
      text: chunk.text,
      wordStarts: doc.words.slice(chunk.firstWord, chunk.endWord).map((w) => w.start),
    }));
    return { doc, chunks };
  };
  return {
    async voices() {
      return (await engine.voices()).map(({ id, lang, localService, builtIn }) => ({
        id,
        lang,
        localService,
        builtIn,
      }));
    },
    async read(text, voiceId, rate, fromWord = 0) {
      const voice = await findVoice(voiceId);
      const { doc, chunks } = chunksOf(text, rate, fromWord);
      return new Promise<ReadResult>((resolve) => {
        const result: ReadResult = {
          offsets: [],
          wordStarts: doc.words.map((w) => w.start),
          ended: false,
          error: null,
          methods: [],
        };
        const timer = setTimeout(() => {
          speech.cancel();
          result.error = 'no end within the limit';
          resolve(result);
        }, LIMIT_MS);
        const speech = engine.speak(chunks, {
          voice,
          rate,
          onWord: (offset) => result.offsets.push(offset),
          onEnd: () => {
            clearTimeout(timer);
            result.ended = true;
            resolve(result);
          },
          onError: (error) => {
            clearTimeout(timer);
            result.error = error.code;
            resolve(result);
          },
          onMethod: (method) => result.methods.push(method),
        });
      });
    },
    async readAndCancel(text, voiceId, waitMs) {
      const voice = await findVoice(voiceId);
      const { chunks } = chunksOf(text, 1, 0);
      let cancelled = false;
      let after = 0;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no first word')), LIMIT_MS);
        const speech = engine.speak(chunks, {
          voice,
          rate: 1,
          onWord: () => {
            if (cancelled) {
              after += 1;
              return;
            }
            cancelled = true;
            clearTimeout(timer);
            speech.cancel();
            resolve();
          },
          onEnd: () => {
            if (cancelled) after += 1;
          },
          onError: () => {
            if (cancelled) after += 1;
          },
        });
      });
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      return { callbacksAfterCancel: after };
    },
  };
}
