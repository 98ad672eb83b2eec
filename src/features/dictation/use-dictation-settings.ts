import { useCallback } from 'react';
import { DEFAULT_LANGUAGE, isKnownLanguage } from '../../domain/recognition/languages';
import { useEngines } from '../../shared/engines-context';
import {
  type EngineKind,
  readEngine,
  useCloudConsent,
  useOnDeviceRecognition,
} from '../../shared/speech/speech-settings';
import { usePersistedState } from '../../shared/use-persisted-state';
import { useAppStore } from '../../store/store-context';

interface SavedSettings {
  engine?: EngineKind;
  lang?: string;
  /** Consent given here before it became one answer for both speech tools (still honoured). */
  cloudConsent?: boolean;
}

const SETTINGS_KEY = 'dictation:settings';

/**
 * The speech engine and language, kept on this device across visits (one
 * set for the tool page and every exercise); cloud consent is shared with
 * live captions.
 */
export function useDictationSettings() {
  const { recognition } = useEngines();
  const emit = useAppStore((state) => state.emit);
  const consent = useCloudConsent();
  const unavailable = recognition.unavailableReason();
  const defaultEngine: EngineKind = unavailable ? 'typed' : 'browser';
  const parse = useCallback(
    (stored: unknown): Required<SavedSettings> => {
      const saved = (stored && typeof stored === 'object' ? stored : {}) as SavedSettings;
      return {
        engine: readEngine(saved.engine) ?? defaultEngine,
        lang: saved.lang && isKnownLanguage(saved.lang) ? saved.lang : DEFAULT_LANGUAGE,
        cloudConsent: saved.cloudConsent === true,
      };
    },
    [defaultEngine],
  );
  const persisted = usePersistedState({
    key: SETTINGS_KEY,
    label: 'your dictation settings',
    parse,
  });
  const settings = persisted.value;
  const save = persisted.update;
  const update = useCallback(
    (change: SavedSettings) => {
      void save((current) => ({ ...current, ...change }));
    },
    [save],
  );
  const { onDevice, setOnDevice, installOnDevice } = useOnDeviceRecognition(settings.lang);

  return {
    ...settings,
    cloudConsent: consent.given || settings.cloudConsent,
    loaded: persisted.restored,
    unavailable,
    onDevice,
    setOnDevice,
    setEngine: (engine: EngineKind) => update({ engine }),
    setLang: (code: string) => {
      update({ lang: code });
      emit({ type: 'dictation/language-chosen', language: code });
    },
    giveConsent: consent.give,
    installOnDevice,
  };
}

export type DictationSettings = ReturnType<typeof useDictationSettings>;
