import type { Synthesized, SynthesizedWord } from './espeak-protocol';

/** The parts of @echogarden/espeak-ng-emscripten's module that the app uses. */
interface EspeakEvent {
  type: string;
  /** 1-based position, in Unicode characters, of the word in the text. */
  text_position: number;
  /** ms from the start of this synthesis. */
  audio_position: number;
}
interface EspeakInstance {
  set_voice(identifier: string): number;
  set_rate(wordsPerMinute: number): number;
  get_samplerate(): number;
  synthesize(text: string, callback: (audio: Int16Array, events: EspeakEvent[]) => number): void;
}
interface EspeakModule {
  eSpeakNGWorker: new () => EspeakInstance;
}
export type EspeakFactory = (options: {
  getPreloadedPackage(name: string, size: number): ArrayBuffer;
  print?(text: string): void;
  printErr?(text: string): void;
}) => Promise<EspeakModule>;

export interface Espeak {
  synthesize(text: string, voice: string, wordsPerMinute: number): Synthesized;
}

/** UTF-16 offset of the `position`-th (1-based) Unicode character of `text`. */
function offsetOf(text: string, position: number): number {
  let offset = 0;
  for (let seen = 1; seen < position && offset < text.length; seen += 1) {
    offset += (text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1;
  }
  return offset;
}

/**
 * Starts espeak-ng from its module factory and its 24 MB data package (given
 * as bytes, so it is fetched from the app's own origin, never where the
 * package's loader would look).
 */
export async function startEspeak(factory: EspeakFactory, data: ArrayBuffer): Promise<Espeak> {
  const module = await factory({
    getPreloadedPackage: () => data,
    print: () => {},
    printErr: () => {},
  });
  const engine = new module.eSpeakNGWorker();
  let currentVoice = '';
  return {
    synthesize(text, voice, wordsPerMinute) {
      if (voice !== currentVoice) {
        const code = engine.set_voice(voice);
        if (code !== 0) throw new Error(`espeak-ng has no voice "${voice}" (code ${code}).`);
        currentVoice = voice;
      }
      engine.set_rate(wordsPerMinute);
      const parts: Int16Array[] = [];
      const words: SynthesizedWord[] = [];
      engine.synthesize(text, (audio, events) => {
        parts.push(audio);
        for (const event of events) {
          if (event.type === 'word') {
            words.push({ offset: offsetOf(text, event.text_position), ms: event.audio_position });
          }
        }
        return 0; // 0: carry on
      });
      const length = parts.reduce((sum, part) => sum + part.length, 0);
      const samples = new Float32Array(length);
      let at = 0;
      for (const part of parts) {
        for (let i = 0; i < part.length; i += 1) samples[at + i] = (part[i] as number) / 32768;
        at += part.length;
      }
      return { samples, sampleRate: engine.get_samplerate(), words };
    },
  };
}
