import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

type Politeness = 'polite' | 'assertive';
type Announce = (message: string, politeness?: Politeness) => void;

const AnnouncerContext = createContext<Announce>(() => {});

/**
 * The one live announcer for status messages, so screen readers hear each
 * change once. Regions exist from the first render (they must be in the
 * page before text is put in them to be read out), and a repeated message
 * is re-announced by clearing the region first.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<Record<Politeness, string>>({
    polite: '',
    assertive: '',
  });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const announce = useCallback<Announce>((message, politeness = 'polite') => {
    clearTimeout(timer.current);
    setMessages((current) => ({ ...current, [politeness]: '' }));
    timer.current = setTimeout(() => {
      setMessages((current) => ({ ...current, [politeness]: message }));
    }, 50);
  }, []);
  // A message still waiting when the app goes away is dropped, not set on an unmounted tree.
  useEffect(() => () => clearTimeout(timer.current), []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnouncerContext.Provider value={value}>
      {children}
      <div
        className="visually-hidden"
        aria-live="polite"
        aria-atomic="true"
        data-testid="announcer"
      >
        {messages.polite}
      </div>
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {messages.assertive}
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
