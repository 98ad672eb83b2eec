import { useCallback, useEffect, useRef, useState } from 'react';
import type { Speech, SynthesisVoice } from '../../engines/synthesis/synthesis-engine';
import { useEngines } from '../../shared/engines-context';

const language = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * An on-device English voice: the browser's en-GB, then the built-in one
 * (espeak-ng, works offline), then any on-device English. Never a remote
 * voice: a child's message is not sent to a speech service unasked.
 */
export function chooseBoardVoice(voices: readonly SynthesisVoice[]): SynthesisVoice | null {
  const local = voices.filter((voice) => voice.localService);
  return (
    local.find((v) => !v.builtIn && v.lang === 'en-GB') ??
    local.find((v) => v.builtIn && language(v.lang) === 'en') ??
    local.find((v) => language(v.lang) === 'en') ??
    null
  );
}

const ERRORS: Record<string, string> = {
  'no-voices': 'There is no English voice on this device.',
  'synthesis-failed': 'The voice could not say the message.',
  timeout: 'The voice did not start speaking.',
  'voice-load-failed': 'The built-in voice could not be loaded.',
  'audio-blocked': 'The browser would not play sound.',
};

/** Says words with the synthesis engine; one utterance at a time (a new one cuts the last short). */
export function useSymbolSpeech() {
  const { synthesis } = useEngines();
  const voices = useRef<Promise<SynthesisVoice[]> | null>(null);
  const current = useRef<Speech | null>(null);
  const [loading, setLoading] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => () => current.current?.cancel(), []);

  const say = useCallback(
    async (text: string) => {
      if (!text.trim()) return;
      voices.current ??= synthesis.voices().catch(() => []);
      const voice = chooseBoardVoice(await voices.current);
      if (!voice) {
        setError(
          `${ERRORS['no-voices']} Check the device's sound settings, or try another browser.`,
        );
        return;
      }
      setError(null);
      current.current?.cancel();
      const wordStarts = [...text.matchAll(/\S+/g)].map((match) => match.index ?? 0);
      current.current = synthesis.speak([{ start: 0, text, wordStarts }], {
        voice,
        rate: 1,
        onWord: () => {},
        onEnd: () => setLoading(null),
        onProgress: (fraction) => setLoading(fraction),
        onError: (failure) => {
          setLoading(null);
          setError(
            `${ERRORS[failure.code] ?? 'The voice failed.'} Check that the sound is on, then press the button again. The message is still there.`,
          );
        },
      });
    },
    [synthesis],
  );

  return { say, loading, error, dismissError: () => setError(null) };
}
