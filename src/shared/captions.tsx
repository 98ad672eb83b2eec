import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';

interface Captions {
  caption: string;
  /** A tool shows what was just dictated or read, for the room to see in presenter mode. */
  setCaption(text: string): void;
}

const CaptionsContext = createContext<Captions>({ caption: '', setCaption: () => {} });

export function CaptionsProvider({ children }: { children: ReactNode }) {
  const [caption, setCaption] = useState('');
  const value = useMemo(() => ({ caption, setCaption }), [caption]);
  return <CaptionsContext.Provider value={value}>{children}</CaptionsContext.Provider>;
}

export function useCaptions(): Captions {
  return useContext(CaptionsContext);
}
