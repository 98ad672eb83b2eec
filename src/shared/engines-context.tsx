import { createContext, type ReactNode, useContext } from 'react';
import type { Engines } from '../engines/create-engines';

const EnginesContext = createContext<Engines | null>(null);

export function EnginesProvider({ engines, children }: { engines: Engines; children: ReactNode }) {
  return <EnginesContext.Provider value={engines}>{children}</EnginesContext.Provider>;
}

export function useEngines(): Engines {
  const engines = useContext(EnginesContext);
  if (!engines) throw new Error('useEngines must be used inside <EnginesProvider>.');
  return engines;
}
