import { startTransition, useCallback, useEffect, useRef, useState } from 'react';

/** Texts this long are handed to reading only once typing pauses; shorter ones follow every key. */
export const LONG_TEXT = 20_000;
/** How long typing must pause before the reading view and word model catch up. */
export const SETTLE_MS = 300;

/**
 * The text as reading sees it. While the person types in a long text, the
 * reading view, its words and their link to the pages keep the text from
 * before the typing began and catch up once the typing pauses (or the box
 * loses focus, so a press of Read aloud reads what was typed): each keystroke
 * then costs only the text box, where parsing and re-rendering 200,000
 * characters for a view nobody is looking at took more than a frame. Changes
 * that were not typed (a recognised page, a restore, another tab) show at once.
 */
export function useSettledText(text: string) {
  const [held, setHeld] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const release = useCallback(() => {
    if (timer.current === undefined) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    setHeld(null);
  }, []);

  /** Call before a typed change from `before` to `after` is applied. */
  const typing = useCallback((before: string, after: string) => {
    if (before.length < LONG_TEXT && after.length < LONG_TEXT) return;
    setHeld((shown) => shown ?? before);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      // Interruptible: a key pressed while the view catches up is handled first.
      startTransition(() => setHeld(null));
    }, SETTLE_MS);
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { text: held ?? text, typing, release };
}
