import { useEffect } from 'react';
import { useAppStore } from '../store/store-context';

/** Puts the theme and text size on the root element, where the stylesheet reads them. */
export function useApplySettings(): void {
  const theme = useAppStore((state) => state.theme);
  const textSize = useAppStore((state) => state.textSize);
  const presenter = useAppStore((state) => state.presenter);
  const pupilMode = useAppStore((state) => state.pupilMode);
  useEffect(() => {
    const root = document.documentElement;
    root.toggleAttribute('data-presenter', presenter);
    root.toggleAttribute('data-pupil', pupilMode);
  }, [presenter, pupilMode]);
  useEffect(() => {
    const root = document.documentElement;
    if (theme) root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.style.setProperty('--text-scale', String(textSize / 100));
  }, [textSize]);
}
