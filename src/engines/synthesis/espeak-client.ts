import { packedBytes, path, ranges, totalBytes } from 'virtual:espeak-data';
import { withTimeout } from '../with-timeout';
import type { FromEspeakWorker, Synthesized, ToEspeakWorker } from './espeak-protocol';

/**
 * The page's side of the built-in voice, loaded only when the voice is first
 * used (dynamic import): fetches espeak-ng's data from the app's own origin
 * (reporting progress), starts the worker, and sends it text to synthesise.
 */
export interface EspeakClient {
  synthesize(text: string, voice: string, wordsPerMinute: number): Promise<Synthesized>;
  dispose(): void;
}

/** About 4 MB over a slow school connection; after this the person is told and can try again. */
export const LOAD_TIMEOUT_MS = 120_000;
/** A chunk is at most a few hundred characters: a second or less of work. */
export const SYNTH_TIMEOUT_MS = 20_000;

/**
 * Fetches the cut-down data package (build/espeak-assets-plugin.ts) and puts
 * each byte range back where espeak-ng's file table expects it; the
 * dictionaries of voices the app does not offer stay as zeros.
 */
async function fetchVoiceData(url: string, onProgress: (fraction: number) => void) {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${response.status} ${url}`);
  const reader = response.body.getReader();
  const packed = new Uint8Array(packedBytes);
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.length > packedBytes) throw new Error(`${url} is larger than expected.`);
    packed.set(value, loaded);
    loaded += value.length;
    onProgress(loaded / packedBytes);
  }
  if (loaded !== packedBytes)
    throw new Error(`${url} is incomplete (${loaded} of ${packedBytes} bytes).`);
  const full = new Uint8Array(totalBytes);
  let at = 0;
  for (const [start, end] of ranges) {
    full.set(packed.subarray(at, at + end - start), start);
    at += end - start;
  }
  return full.buffer;
}

function timeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return withTimeout(promise, ms, () => new Error(message));
}

export async function createEspeakClient(
  onProgress: (fraction: number) => void,
): Promise<EspeakClient> {
  const data = await timeout(
    fetchVoiceData(new URL(path, document.baseURI).href, onProgress),
    LOAD_TIMEOUT_MS,
    'The built-in voice took too long to download.',
  );
  const worker = new Worker(new URL('./espeak-worker.ts', import.meta.url), {
    type: 'module',
    name: 'built-in voice',
  });
  const pending = new Map<number, { resolve(r: Synthesized): void; reject(e: Error): void }>();
  let nextId = 1;
  const ready = new Promise<void>((resolve, reject) => {
    worker.onerror = (event) => {
      const error = new Error(event.message || 'The built-in voice stopped working.');
      reject(error);
      for (const request of pending.values()) request.reject(error);
      pending.clear();
    };
    worker.onmessage = (event: MessageEvent<FromEspeakWorker>) => {
      const message = event.data;
      if (message.type === 'ready') resolve();
      else if (message.type === 'init-failed') reject(new Error(message.message));
      else {
        const request = pending.get(message.id);
        pending.delete(message.id);
        if (message.type === 'synthesized') request?.resolve(message);
        else request?.reject(new Error(message.message));
      }
    };
  });
  const init: ToEspeakWorker = { type: 'init', data };
  worker.postMessage(init, [data]);
  try {
    await timeout(ready, LOAD_TIMEOUT_MS, 'The built-in voice did not start.');
  } catch (error) {
    worker.terminate();
    throw error;
  }
  return {
    synthesize(text, voice, wordsPerMinute) {
      const id = nextId++;
      const request: ToEspeakWorker = { type: 'synthesize', id, text, voice, wordsPerMinute };
      const result = new Promise<Synthesized>((resolve, reject) => {
        pending.set(id, { resolve, reject });
      });
      worker.postMessage(request);
      return timeout(result, SYNTH_TIMEOUT_MS, 'The built-in voice took too long.');
    },
    dispose() {
      worker.terminate();
      pending.clear();
    },
  };
}
