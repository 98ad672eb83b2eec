import { createContext, type ReactNode, useContext, useState } from 'react';

type SetCaption = (text: string) => void;

// Two contexts: tools that publish captions get a stable setter and never
// re-render when the caption changes; only the caption strip reads it.
const CaptionContext = createContext('');
const SetCaptionContext = createContext<SetCaption>(() => {});

export function CaptionsProvider({ children }: { children: ReactNode }) {
  const [caption, setCaption] = useState('');
  return (
    <SetCaptionContext.Provider value={setCaption}>
      <CaptionContext.Provider value={caption}>{children}</CaptionContext.Provider>
    </SetCaptionContext.Provider>
  );
}

/** What was just dictated or read, for the room to see in presenter mode. */
export function useCaption(): string {
  return useContext(CaptionContext);
}

/** A tool shows what was just dictated or read (presenter mode shows it as a big caption). */
export function useSetCaption(): SetCaption {
  return useContext(SetCaptionContext);
}
