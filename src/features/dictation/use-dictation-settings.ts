import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_LANGUAGE, isKnownLanguage } from '../../domain/recognition/languages';
import type { OnDeviceAvailability } from '../../engines/recognition/recognition-engine';
import { useEngines } from '../../shared/engines-context';
import { usePersistedState } from '../../shared/use-persisted-state';
import { useAppStore } from '../../store/store-context';

export type EngineKind = 'browser' | 'typed';

interface SavedSettings {
  engine?: EngineKind;
  lang?: string;
  /** The person agreed that the browser may send audio to its speech service. */
  cloudConsent?: boolean;
}

const SETTINGS_KEY = 'dictation:settings';

/**
 * The speech engine, language and cloud consent, kept on this device across
 * visits (one set for the tool page and every exercise).
 */
export function useDictationSettings() {
  const { recognition } = useEngines();
  const emit = useAppStore((state) => state.emit);
  const unavailable = recognition.unavailableReason();
  const defaultEngine: EngineKind = unavailable ? 'typed' : 'browser';
  const parse = useCallback(
    (stored: unknown): Required<SavedSettings> => {
      const saved = (stored && typeof stored === 'object' ? stored : {}) as SavedSettings;
      return {
        engine:
          saved.engine === 'browser' || saved.engine === 'typed' ? saved.engine : defaultEngine,
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
  const loaded = persisted.restored;
  const save = persisted.update;
  const [onDevice, setOnDevice] = useState<OnDeviceAvailability | 'checking'>('checking');

  const update = useCallback(
    (change: SavedSettings) => {
      void save((current) => ({ ...current, ...change }));
    },
    [save],
  );

  const lang = settings.lang;
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

  return {
    ...settings,
    loaded,
    unavailable,
    onDevice,
    setOnDevice,
    setEngine: (engine: EngineKind) => update({ engine }),
    setLang: (code: string) => {
      update({ lang: code });
      emit({ type: 'dictation/language-chosen', language: code });
    },
    giveConsent: () => update({ cloudConsent: true }),
    /** Downloads on-device recognition (only ever on a button press). */
    async installOnDevice(): Promise<boolean> {
      const ok = await recognition.installOnDevice(lang);
      setOnDevice(ok ? 'available' : await recognition.onDeviceAvailability(lang));
      return ok;
    },
  };
}

export type DictationSettings = ReturnType<typeof useDictationSettings>;
