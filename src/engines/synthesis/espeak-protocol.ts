/** Messages between the page and the espeak-ng worker. */

export type ToEspeakWorker =
  | { type: 'init'; data: ArrayBuffer }
  | { type: 'synthesize'; id: number; text: string; voice: string; wordsPerMinute: number };

export interface SynthesizedWord {
  /** UTF-16 offset of the word in the text that was synthesised. */
  offset: number;
  /** When the word starts in the audio, in ms. */
  ms: number;
}

export interface Synthesized {
  samples: Float32Array;
  sampleRate: number;
  words: SynthesizedWord[];
}

export type FromEspeakWorker =
  | { type: 'ready' }
  | { type: 'init-failed'; message: string }
  | ({ type: 'synthesized'; id: number } & Synthesized)
  | { type: 'synthesis-failed'; id: number; message: string };
