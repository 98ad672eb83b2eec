// Drivers: each engine's contract steps as coarse calls that take and return plain data, so the
// same steps run in-process against a fake (jsdom) or inside the contract harness page against
// the real engine (Chromium, called across page.evaluate). Nothing here knows which it has.
import type { BroadcastEngine } from '../../src/engines/broadcast/broadcast-engine';
import type { FilesEngine } from '../../src/engines/files/files-engine';
import type { ImageEngine } from '../../src/engines/image/image-engine';
import type { MicrophoneEngine } from '../../src/engines/microphone/microphone-engine';
import type { OcrEngine, OcrImage, OcrWord } from '../../src/engines/ocr/ocr-engine';
import type { RecognitionEngine } from '../../src/engines/recognition/recognition-engine';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const codeOf = (error: unknown) =>
  error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error);

export interface OcrReading {
  words: OcrWord[];
  skewDegrees: number;
  stages: string[];
  fractions: number[];
}

export function createOcrDriver(engine: OcrEngine, page: () => Promise<OcrImage>) {
  const read = async (signal?: AbortSignal): Promise<OcrReading> => {
    const stages: string[] = [];
    const fractions: number[] = [];
    const result = await engine.recognise(await page(), {
      ...(signal ? { signal } : {}),
      onProgress: ({ stage, fraction }) => {
        stages.push(stage);
        fractions.push(fraction);
      },
    });
    return { words: result.words, skewDegrees: result.skewDegrees, stages, fractions };
  };
  return {
    read: () => read(),
    /** Reads with a signal already aborted: the promised error code, or null if none came. */
    async readCancelled(): Promise<{ code: string | null }> {
      const controller = new AbortController();
      controller.abort();
      try {
        await read(controller.signal);
        return { code: null };
      } catch (error) {
        return { code: codeOf(error) };
      }
    },
    /** Ends the engine, then reads again: the engine must start afresh. */
    async readAfterDispose(): Promise<OcrReading> {
      engine.dispose();
      return read();
    },
  };
}
export type OcrDriver = ReturnType<typeof createOcrDriver>;

export function createImageDriver(engine: ImageEngine, sampleUrl: string) {
  const prepared = async (blob: Blob, turn: 0 | 90 | 180 | 270) => {
    const image = await engine.prepare(blob, turn);
    return {
      width: image.width,
      height: image.height,
      original: image.original,
      displayUrlStart: (await image.displayUrl).slice(0, 11),
      ocrImageBytes: image.ocrImage instanceof Blob ? image.ocrImage.size : image.ocrImage.length,
    };
  };
  return {
    /** Loads the sample that ships with the app and prepares it, turned by `turn`. */
    async prepareSample(turn: 0 | 90 | 180 | 270 = 0) {
      const blob = await engine.load(sampleUrl);
      return { loadedBytes: blob.size, ...(await prepared(blob, turn)) };
    },
    /** Prepares bytes that are not a picture the engine can take: the error code it gives. */
    async prepareBad(kind: 'empty' | 'text' | 'pdf'): Promise<{ code: string | null }> {
      const bytes = {
        empty: '',
        text: 'Dear parents, the trip is on Friday.',
        pdf: '%PDF-1.7\n1 0 obj\n<<>>\nendobj\n',
      }[kind];
      try {
        await engine.prepare(new Blob([bytes]), 0);
        return { code: null };
      } catch (error) {
        return { code: codeOf(error) };
      }
    },
  };
}
export type ImageDriver = ReturnType<typeof createImageDriver>;

export function createMicrophoneDriver(engine: MicrophoneEngine, sound: () => void) {
  return {
    /**
     * Opens the microphone, listens for `ms` while sound plays, closes it, then listens on:
     * the levels heard while open, and how many arrived after close.
     */
    async listen(ms: number): Promise<{ levels: number[]; afterClose: number }> {
      const meter = await engine.open();
      const levels: number[] = [];
      let closed = false;
      let afterClose = 0;
      meter.subscribe((level) => {
        if (closed) afterClose += 1;
        else levels.push(level);
      });
      const started = Date.now();
      while (Date.now() - started < ms) {
        sound();
        await pause(50);
      }
      meter.close();
      closed = true;
      sound();
      await pause(300);
      return { levels, afterClose };
    },
  };
}
export type MicrophoneDriver = ReturnType<typeof createMicrophoneDriver>;

export function createFilesDriver(engine: FilesEngine) {
  return {
    async download(fileName: string, mimeType: string, contents: string): Promise<void> {
      engine.download(fileName, mimeType, contents);
    },
  };
}
export type FilesDriver = ReturnType<typeof createFilesDriver>;

/** Makes the engine hear things: the fake's own script, or the W3C-shaped scripted SpeechRecognition in Chromium. */
export interface Speaker {
  /** True once something is listening that can hear. */
  ready(): boolean;
  say(text: string, final: boolean): void;
  fail(code: string): void;
  /** A new recognition session begins: forget the last one's results. */
  newSession(): void;
}

export type SpeechStep = { say: string; final?: boolean } | { fail: string };

export function createRecognitionDriver(engine: RecognitionEngine, speaker: Speaker) {
  return {
    /** Starts listening, plays the script, then asks to stop: everything the engine reported. */
    async listen(script: SpeechStep[]) {
      const heard = {
        interims: [] as string[],
        finals: [] as string[],
        statuses: [] as string[],
        errors: [] as string[],
      };
      speaker.newSession();
      const session = engine.start(
        { lang: 'en-GB', processLocally: false },
        {
          onInterim: (text) => heard.interims.push(text),
          onFinal: (phrase) => heard.finals.push(phrase.text),
          onStatus: (status) => heard.statuses.push(status),
          onError: (code) => heard.errors.push(code),
        },
      );
      for (
        let i = 0;
        i < 200 && !(heard.statuses.includes('listening') && speaker.ready());
        i += 1
      ) {
        await pause(20);
      }
      for (const step of script) {
        if ('say' in step) speaker.say(step.say, step.final ?? false);
        else speaker.fail(step.fail);
        await pause(50);
      }
      session.stop();
      for (let i = 0; i < 200 && heard.statuses.at(-1) !== 'stopped'; i += 1) await pause(20);
      return heard;
    },
  };
}
export type RecognitionDriver = ReturnType<typeof createRecognitionDriver>;

/** `tab()` makes the engine as a new tab of the same browser would have it. */
export function createBroadcastDriver(tab: () => BroadcastEngine) {
  return {
    async available(): Promise<boolean> {
      return tab().available;
    },
    /**
     * Two tabs on one channel name and a third port on another: what each heard when the
     * first posted `message`, and when it posted again after the second closed.
     */
    async exchange(message: unknown) {
      const [first, second] = [tab(), tab()];
      const sender = first.open('contract');
      const receiver = second.open('contract');
      const elsewhere = second.open('contract-elsewhere');
      const heard = {
        sender: [] as unknown[],
        receiver: [] as unknown[],
        elsewhere: [] as unknown[],
      };
      sender.subscribe((m) => heard.sender.push(m));
      receiver.subscribe((m) => heard.receiver.push(m));
      elsewhere.subscribe((m) => heard.elsewhere.push(m));
      sender.post(message);
      for (let i = 0; i < 100 && heard.receiver.length === 0; i += 1) await pause(10);
      await pause(50);
      receiver.close();
      sender.post('after close');
      await pause(100);
      sender.close();
      elsewhere.close();
      return heard;
    },
  };
}
export type BroadcastDriver = ReturnType<typeof createBroadcastDriver>;
