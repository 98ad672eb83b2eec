import { useCallback } from 'react';
import { DEFAULT_LANGUAGE, isKnownLanguage } from '../../domain/recognition/languages';
import { useEngines } from '../../shared/engines-context';
import {
  type EngineKind,
  readEngine,
  useCloudConsent,
  useOnDeviceRecognition,
} from '../../shared/speech/speech-settings';
import { useAppStore } from '../../store/store-context';
import { type CaptionPresentation, DEFAULT_PRESENTATION, readPresentation } from './presentation';
import { useSaved } from './use-saved';

interface CaptionsSettings {
  engine: EngineKind | null;
  lang: string;
  /** Consent given here before it became one answer for both speech tools (still honoured). */
  cloudConsent: boolean;
  presentation: CaptionPresentation;
  /** The "Words to expect" box, as typed. */
  expected: string;
}

const START: CaptionsSettings = {
  engine: null,
  lang: DEFAULT_LANGUAGE,
  cloudConsent: false,
  presentation: DEFAULT_PRESENTATION,
  expected: '',
};

function readSettings(raw: unknown): CaptionsSettings {
  const saved = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    engine: readEngine(saved.engine),
    lang: typeof saved.lang === 'string' && isKnownLanguage(saved.lang) ? saved.lang : START.lang,
    cloudConsent: saved.cloudConsent === true,
    presentation: readPresentation(saved.presentation),
    expected: typeof saved.expected === 'string' ? saved.expected.slice(0, 4000) : '',
  };
}

/** The captions' engine, language, look and expected words, kept on this device; cloud consent is shared with dictation. */
export function useCaptionsSettings() {
  const { recognition } = useEngines();
  const emit = useAppStore((state) => state.emit);
  const consent = useCloudConsent();
  const { value, update, loaded } = useSaved(
    'captions:settings',
    'the captions settings',
    readSettings,
  );
  const unavailable = recognition.unavailableReason();
  const engine: EngineKind = value.engine ?? (unavailable ? 'typed' : 'browser');
  const { onDevice, installOnDevice } = useOnDeviceRecognition(value.lang);

  const setPresentation = useCallback(
    <K extends keyof CaptionPresentation>(setting: K, next: CaptionPresentation[K]) => {
      update((current) => ({
        ...current,
        presentation: { ...current.presentation, [setting]: next },
      }));
      emit({ type: 'captions/presentation-changed', setting, value: next });
    },
    [update, emit],
  );

  return {
    ...value,
    engine,
    cloudConsent: consent.given || value.cloudConsent,
    loaded,
    unavailable,
    onDevice,
    setEngine: (next: EngineKind) => update((current) => ({ ...current, engine: next })),
    setLang: (code: string) => update((current) => ({ ...current, lang: code })),
    giveConsent: consent.give,
    setPresentation,
    setExpected: (text: string) => update((current) => ({ ...current, expected: text })),
    installOnDevice,
  };
}

export type CaptionsSettingsState = ReturnType<typeof useCaptionsSettings>;
