import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_LANGUAGE, isKnownLanguage } from '../../domain/recognition/languages';
import type { OnDeviceAvailability } from '../../engines/recognition/recognition-engine';
import { useEngines } from '../../shared/engines-context';
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
  const { storage, recognition } = useEngines();
  const emit = useAppStore((state) => state.emit);
  const unavailable = recognition.unavailableReason();
  const [settings, setSettings] = useState<Required<SavedSettings>>({
    engine: unavailable ? 'typed' : 'browser',
    lang: DEFAULT_LANGUAGE,
    cloudConsent: false,
  });
  const [loaded, setLoaded] = useState(false);
  const [onDevice, setOnDevice] = useState<OnDeviceAvailability | 'checking'>('checking');

  useEffect(() => {
    let live = true;
    storage.getItem(SETTINGS_KEY).then(
      (raw) => {
        if (!live) return;
        try {
          const saved = raw ? (JSON.parse(raw) as SavedSettings) : {};
          setSettings((current) => ({
            engine:
              saved.engine === 'browser' || saved.engine === 'typed'
                ? saved.engine
                : current.engine,
            lang: saved.lang && isKnownLanguage(saved.lang) ? saved.lang : current.lang,
            cloudConsent: saved.cloudConsent === true,
          }));
        } catch {
          // A damaged record: keep the defaults.
        }
        setLoaded(true);
      },
      () => live && setLoaded(true),
    );
    return () => {
      live = false;
    };
  }, [storage]);

  const update = useCallback(
    (change: SavedSettings) => {
      setSettings((current) => {
        const next = { ...current, ...change };
        void storage.setItem(SETTINGS_KEY, JSON.stringify(next));
        return next;
      });
    },
    [storage],
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
