import { useState } from 'react';
import type { EngineKind } from './speech-settings';

export type GateFocus = 'consent' | 'say' | 'start';

interface ConsentGateOptions {
  /** Recognition runs on this device, so nothing is sent and nothing need be asked. */
  onDevice: boolean;
  consented: boolean;
  giveConsent(): void;
  start(onDevice: boolean): void;
  dismissError(): void;
  setEngine(engine: EngineKind): void;
  /** Moves focus after the next render (the element may not exist until then). */
  focus(target: GateFocus): void;
}

/** Start listening, but ask first when the voice would leave this device; or switch to typing. */
export function useConsentGate(options: ConsentGateOptions) {
  const [askConsent, setAskConsent] = useState(false);
  const { onDevice, consented, giveConsent, start, dismissError, setEngine, focus } = options;

  const startListening = (agreed = consented) => {
    if (!onDevice && !agreed) {
      setAskConsent(true);
      focus('consent');
      return;
    }
    setAskConsent(false);
    start(onDevice);
    focus('start');
  };

  const typeInstead = () => {
    setAskConsent(false);
    dismissError();
    setEngine('typed');
    focus('say');
  };

  const agree = () => {
    giveConsent();
    startListening(true);
  };

  return { askConsent, startListening, typeInstead, agree };
}
