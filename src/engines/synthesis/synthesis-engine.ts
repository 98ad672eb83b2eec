/**
 * Speech synthesis: the browser's voices (`speechSynthesis`) and the
 * built-in offline voice (espeak-ng in WebAssembly) behind one interface.
 * A reading is a list of chunks, each short enough for Chrome's ~15 s
 * cut-off; the engine reports the word being said as a character offset
 * into the document.
 */

export interface SynthesisVoice {
  /** Stable id: "browser:<voiceURI>" or "builtin:<espeak identifier>". */
  id: string;
  name: string;
  /** BCP 47 language tag, such as "en-GB". */
  lang: string;
  /** True when the voice runs on this device; false when the browser sends text to a speech service. */
  localService: boolean;
  /** The built-in espeak-ng voice (always on the device). */
  builtIn: boolean;
}

/** How the word being said is known. */
export type HighlightMethod = 'boundary' | 'estimated' | 'exact';

export type SynthesisErrorCode =
  /** The browser has no voices at all. */
  | 'no-voices'
  /** The voice refused or failed to speak. */
  | 'synthesis-failed'
  /** The built-in voice could not be downloaded or started. */
  | 'voice-load-failed'
  /** The browser would not play sound (autoplay policy, no audio device). */
  | 'audio-blocked'
  /** The voice never started speaking. */
  | 'timeout';

export class SynthesisError extends Error {
  constructor(
    readonly code: SynthesisErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SynthesisError';
  }
}

export interface SpeakChunk {
  /** Offset of the chunk's first character in the whole document. */
  start: number;
  text: string;
  /** Offsets (in the document) of the words in this chunk, for estimated timing. */
  wordStarts: readonly number[];
}

export interface SpeakOptions {
  voice: SynthesisVoice;
  /** 1 is the voice's normal speed; 0.5 to 2 are offered. */
  rate: number;
  /** The word starting at this document offset is being said. */
  onWord(charIndex: number): void;
  /** Every chunk has been said. Not called after cancel() or an error. */
  onEnd(): void;
  onError(error: SynthesisError): void;
  /** How words are being found; may change once (estimated → boundary) when the first boundary event arrives. */
  onMethod?(method: HighlightMethod): void;
  /** Long work before the first word (loading the built-in voice): 0..1, or null when it is over. */
  onProgress?(fraction: number | null): void;
}

export interface Speech {
  /** Stops at once; no further callbacks. */
  cancel(): void;
}

/** One source of voices: the browser's, or the built-in one. */
export interface VoiceSource {
  /** The voices it offers; waits (with a timeout) for browsers that load voices late. */
  voices(): Promise<SynthesisVoice[]>;
  speak(chunks: readonly SpeakChunk[], options: SpeakOptions): Speech;
}

export interface SynthesisEngine extends VoiceSource {
  /** Whether the browser itself has speech synthesis (false: only the built-in voice). */
  readonly browserSpeech: boolean;
}

/**
 * The browser's voices and the built-in ones, as one engine: speak() goes to
 * whichever source owns the chosen voice.
 */
export function combineVoiceSources(
  browser: VoiceSource | null,
  builtIn: VoiceSource,
): SynthesisEngine {
  return {
    browserSpeech: browser !== null,
    async voices() {
      const [fromBrowser, fromBuiltIn] = await Promise.all([
        browser ? browser.voices().catch(() => []) : [],
        builtIn.voices(),
      ]);
      return [...fromBrowser, ...fromBuiltIn];
    },
    speak(chunks, options) {
      if (options.voice.builtIn) return builtIn.speak(chunks, options);
      if (!browser) {
        queueMicrotask(() =>
          options.onError(new SynthesisError('no-voices', 'This browser has no speech synthesis.')),
        );
        return { cancel() {} };
      }
      return browser.speak(chunks, options);
    },
  };
}

/** Normalises "en_GB" and "EN-gb" to "en-GB". */
export function normaliseLang(tag: string): string {
  const [language = '', ...rest] = tag.replace(/_/g, '-').split('-');
  return [
    language.toLowerCase(),
    ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part.toLowerCase())),
  ].join('-');
}
