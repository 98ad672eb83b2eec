import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_LANGUAGE, isKnownLanguage } from '../../domain/recognition/languages';
import type { OnDeviceAvailability } from '../../engines/recognition/recognition-engine';
import { useEngines } from '../../shared/engines-context';
import { useAppStore } from '../../store/store-context';
import { type CaptionPresentation, DEFAULT_PRESENTATION, readPresentation } from './presentation';
import { useSaved } from './use-saved';

export type EngineKind = 'browser' | 'typed';

interface CaptionsSettings {
  engine: EngineKind | null;
  lang: string;
  /** The person agreed that the browser may send audio to its speech service. */
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
    engine: saved.engine === 'browser' || saved.engine === 'typed' ? saved.engine : null,
    lang: typeof saved.lang === 'string' && isKnownLanguage(saved.lang) ? saved.lang : START.lang,
    cloudConsent: saved.cloudConsent === true,
    presentation: readPresentation(saved.presentation),
    expected: typeof saved.expected === 'string' ? saved.expected.slice(0, 4000) : '',
  };
}

/** The captions' engine, language, consent, look and expected words, kept on this device. */
export function useCaptionsSettings() {
  const { recognition } = useEngines();
  const emit = useAppStore((state) => state.emit);
  const { value, update, loaded } = useSaved(
    'captions:settings',
    'the captions settings',
    readSettings,
  );
  const unavailable = recognition.unavailableReason();
  const engine: EngineKind = value.engine ?? (unavailable ? 'typed' : 'browser');
  const [onDevice, setOnDevice] = useState<OnDeviceAvailability | 'checking'>('checking');

  const lang = value.lang;
  useEffect(() => {
    let live = true;
    setOnDevice('checking');
    recognition.onDeviceAvailability(lang).then(
      (status) => live && setOnDevice(status),
      () => live && setOnDevice('unsupported'),
    );
    return () => {
      live = false;
    };
  }, [recognition, lang]);

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
    loaded,
    unavailable,
    onDevice,
    setEngine: (next: EngineKind) => update((current) => ({ ...current, engine: next })),
    setLang: (code: string) => update((current) => ({ ...current, lang: code })),
    giveConsent: () => update((current) => ({ ...current, cloudConsent: true })),
    setPresentation,
    setExpected: (text: string) => update((current) => ({ ...current, expected: text })),
    async installOnDevice(): Promise<boolean> {
      const ok = await recognition.installOnDevice(lang);
      setOnDevice(ok ? 'available' : await recognition.onDeviceAvailability(lang));
      return ok;
    },
  };
}

export type CaptionsSettingsState = ReturnType<typeof useCaptionsSettings>;
