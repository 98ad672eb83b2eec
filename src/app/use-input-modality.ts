import { useEffect, useRef } from 'react';
import type { InputModality } from '../domain/exercises/events';

/**
 * Remembers whether the last thing the person did was a key press or a
 * pointer press, so a route change can be told apart as keyboard navigation.
 */
export function useInputModality(): { current: InputModality } {
  const modality = useRef<InputModality>('other');
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ' || event.key === 'Tab') {
        modality.current = 'keyboard';
      }
    };
    const onPointer = () => {
      modality.current = 'pointer';
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, []);
  return modality;
}
