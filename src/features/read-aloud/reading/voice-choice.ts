import type { SynthesisVoice } from '../../../engines/synthesis/synthesis-engine';

/** Same language: "en-GB" and "en-US" are both "en". */
const language = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The voice to read with when the person has not chosen one: on-device
 * voices only (a remote voice sends the text to a speech service, so it is
 * used only when chosen), the wanted language and region first, then the
 * same language; the browser's voices before the built-in one. Never the
 * browser's default voice just because it is the default: on Linux that is
 * Afrikaans.
 */
export function chooseVoice(
  voices: readonly SynthesisVoice[],
  wantedLang = 'en-GB',
  savedId: string | null = null,
): SynthesisVoice | null {
  const saved = savedId ? voices.find((voice) => voice.id === savedId) : undefined;
  if (saved) return saved;
  const wanted = wantedLang.toLowerCase();
  const local = voices.filter((voice) => voice.localService);
  const tests: ((voice: SynthesisVoice) => boolean)[] = [
    (v) => !v.builtIn && v.lang.toLowerCase() === wanted,
    (v) => v.builtIn && v.lang.toLowerCase() === wanted,
    (v) => !v.builtIn && language(v.lang) === language(wanted),
    (v) => v.builtIn && language(v.lang) === language(wanted),
  ];
  for (const test of tests) {
    const found = local.find(test);
    if (found) return found;
  }
  return null;
}

const LANGUAGE_NAMES = (() => {
  try {
    return new Intl.DisplayNames(['en-GB'], { type: 'language' });
  } catch {
    return null;
  }
})();

export function languageName(tag: string): string {
  try {
    return LANGUAGE_NAMES?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export interface VoiceGroup {
  label: string;
  voices: SynthesisVoice[];
}

/**
 * Browser voices grouped by language (the wanted language first, then by
 * name), and the built-in voices in a group of their own at the end.
 */
export function groupVoices(voices: readonly SynthesisVoice[], wantedLang = 'en-GB'): VoiceGroup[] {
  const byLang = new Map<string, SynthesisVoice[]>();
  for (const voice of voices.filter((v) => !v.builtIn)) {
    byLang.set(voice.lang, [...(byLang.get(voice.lang) ?? []), voice]);
  }
  const wanted = wantedLang.toLowerCase();
  const rank = (lang: string) =>
    lang.toLowerCase() === wanted ? 0 : language(lang) === language(wanted) ? 1 : 2;
  const browser = [...byLang.entries()]
    .map(([lang, list]) => ({ lang, label: languageName(lang), voices: list }))
    .sort((a, b) => rank(a.lang) - rank(b.lang) || a.label.localeCompare(b.label))
    .map(({ label, voices: list }) => ({ label, voices: list }));
  const builtIn = voices.filter((voice) => voice.builtIn);
  return builtIn.length
    ? [...browser, { label: 'Built-in voice (works offline)', voices: builtIn }]
    : browser;
}

/** What the person sees for a voice in the list. */
export function voiceLabel(voice: SynthesisVoice): string {
  if (voice.builtIn) return `${voice.name}, built-in`;
  return `${voice.name}, ${voice.localService ? 'on this device' : 'online: text is sent to a speech service'}`;
}
