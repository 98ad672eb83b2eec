/**
 * "Type instead of speaking": each phrase typed into "Say this" arrives as
 * a final result, exactly as if it had been recognised, so the same grammar
 * runs on any browser, on a projector with no microphone, or for a pupil
 * learning the commands. Nothing here touches a browser API.
 */
import type {
  RecognitionEngine,
  RecognitionListener,
  RecognitionSession,
} from './recognition-engine';

export interface TypedRecognition extends RecognitionEngine {
  /** Sends a typed phrase to the listening session; false if none is listening. */
  send(text: string): boolean;
}

export function createTypedRecognition(): TypedRecognition {
  let listener: RecognitionListener | null = null;
  return {
    unavailableReason: () => null,
    onDeviceAvailability: async () => 'available',
    installOnDevice: async () => true,
    start(_options, next): RecognitionSession {
      listener = next;
      next.onStatus('listening');
      const end = () => {
        if (listener !== next) return;
        listener = null;
        next.onStatus('stopped');
      };
      return { stop: end, abort: end };
    },
    send(text) {
      const phrase = text.trim();
      if (!listener || !phrase) return false;
      listener.onLog?.({ kind: 'final', text: phrase, confidence: 1, alternatives: [] });
      listener.onFinal({ text: phrase, confidence: 1, alternatives: [] });
      return true;
    },
  };
}
