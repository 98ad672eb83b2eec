import { useCallback, useEffect, useState } from 'react';
import type {
  OnDeviceAvailability,
  RecognitionEngine,
} from '../../engines/recognition/recognition-engine';
import { useEngines } from '../engines-context';
import { usePersistedState } from '../use-persisted-state';

export type EngineKind = 'browser' | 'typed';

export type OnDeviceState = OnDeviceAvailability | 'checking';

/** What the shared speech controls need from a tool's settings (dictation's and captions' both fit). */
export interface SpeechSettings {
  engine: EngineKind;
  lang: string;
  /** Why the browser cannot recognise speech at all, if it cannot. */
  unavailable: ReturnType<RecognitionEngine['unavailableReason']>;
  onDevice: OnDeviceState;
  setEngine(engine: EngineKind): void;
  setLang(code: string): void;
  installOnDevice(): Promise<boolean>;
}

export function readEngine(saved: unknown): EngineKind | null {
  return saved === 'browser' || saved === 'typed' ? saved : null;
}

/** Whether the browser can recognise `lang` on this device, asked again whenever the language changes. */
export function useOnDeviceRecognition(lang: string) {
  const { recognition } = useEngines();
  const [onDevice, setOnDevice] = useState<OnDeviceState>('checking');
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

  /** Downloads on-device recognition (only ever on a button press). */
  const installOnDevice = useCallback(async (): Promise<boolean> => {
    const ok = await recognition.installOnDevice(lang);
    setOnDevice(ok ? 'available' : await recognition.onDeviceAvailability(lang));
    return ok;
  }, [recognition, lang]);

  return { onDevice, setOnDevice, installOnDevice };
}

/**
 * One answer to "may the browser send your voice to its speech service?" for
 * dictation and live captions alike: a person who agreed in one tool is not
 * asked again in the other.
 */
export function useCloudConsent() {
  const persisted = usePersistedState({
    key: 'speech:cloud-consent',
    label: 'your choice about the speech service',
    parse: (saved: unknown) => saved === true,
  });
  const save = persisted.update;
  const give = useCallback(() => void save(true), [save]);
  return { given: persisted.value, give };
}
