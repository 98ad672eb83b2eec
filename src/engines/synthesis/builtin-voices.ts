import type { SynthesisVoice } from './synthesis-engine';

/**
 * The built-in voices offered, out of espeak-ng's 140: English first, then the
 * home languages most often heard in English schools. Listed here, not read
 * from espeak-ng, so the list needs no 24 MB download to show. The id is
 * espeak-ng's voice identifier.
 */
const VOICES: [identifier: string, name: string, lang: string][] = [
  ['gmw/en', 'English (Great Britain)', 'en-GB'],
  ['gmw/en-GB-x-rp', 'English (Received Pronunciation)', 'en-GB'],
  ['gmw/en-GB-scotland', 'English (Scotland)', 'en-GB'],
  ['gmw/en-GB-x-gbcwmd', 'English (West Midlands)', 'en-GB'],
  ['gmw/en-US', 'English (America)', 'en-US'],
  ['sem/ar', 'Arabic', 'ar'],
  ['inc/bn', 'Bengali', 'bn'],
  ['sit/cmn', 'Chinese (Mandarin)', 'zh'],
  ['roa/fr', 'French (France)', 'fr-FR'],
  ['inc/gu', 'Gujarati', 'gu'],
  ['inc/hi', 'Hindi', 'hi'],
  ['bat/lt', 'Lithuanian', 'lt'],
  ['zlw/pl', 'Polish', 'pl'],
  ['roa/pt', 'Portuguese (Portugal)', 'pt-PT'],
  ['inc/pa', 'Punjabi', 'pa'],
  ['roa/ro', 'Romanian', 'ro'],
  ['roa/es', 'Spanish (Spain)', 'es-ES'],
  ['dra/ta', 'Tamil', 'ta'],
  ['trk/tr', 'Turkish', 'tr'],
  ['inc/ur', 'Urdu', 'ur'],
  ['cel/cy', 'Welsh', 'cy'],
];

export const BUILT_IN_VOICES: readonly SynthesisVoice[] = VOICES.map(
  ([identifier, name, lang]) => ({
    id: `builtin:${identifier}`,
    name,
    lang,
    localService: true,
    builtIn: true,
  }),
);

export function espeakIdentifier(voice: SynthesisVoice): string {
  return voice.id.replace(/^builtin:/, '');
}

/** espeak-ng speaks 175 words a minute at rate 1, and accepts 80 to 450. */
export function espeakWordsPerMinute(rate: number): number {
  return Math.round(Math.min(450, Math.max(80, 175 * rate)));
}

/** espeak-ng's pronunciation dictionaries the offered voices need ("gmw/en-GB-x-rp" → "en"). */
export function builtInDictionaries(): string[] {
  const names = BUILT_IN_VOICES.map(
    (voice) => espeakIdentifier(voice).split('/')[1]?.split('-')[0]?.toLowerCase() ?? '',
  );
  return [...new Set(names)].filter(Boolean).sort();
}
