/// <reference lib="webworker" />
import type { Espeak, EspeakFactory } from './espeak-core';
import { startEspeak } from './espeak-core';
import type { FromEspeakWorker, ToEspeakWorker } from './espeak-protocol';

/**
 * The built-in voice's worker: espeak-ng (compiled to JavaScript by
 * Emscripten's wasm2js) synthesises here, so the page stays responsive and
 * the highlight keeps time while the next chunk is made.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let espeak: Espeak | null = null;

const post = (message: FromEspeakWorker, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

scope.onmessage = async (event: MessageEvent<ToEspeakWorker>) => {
  const message = event.data;
  if (message.type === 'init') {
    try {
      const { default: factory } = await import('@echogarden/espeak-ng-emscripten');
      espeak = await startEspeak(factory as unknown as EspeakFactory, message.data);
      post({ type: 'ready' });
    } catch (error) {
      post({
        type: 'init-failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
    return;
  }
  if (!espeak) {
    post({ type: 'synthesis-failed', id: message.id, message: 'espeak-ng is not started.' });
    return;
  }
  try {
    const result = espeak.synthesize(message.text, message.voice, message.wordsPerMinute);
    post({ type: 'synthesized', id: message.id, ...result }, [result.samples.buffer]);
  } catch (error) {
    post({
      type: 'synthesis-failed',
      id: message.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
