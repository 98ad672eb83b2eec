import { createBrowserSynthesis } from './browser-synthesis';
import { createLazyBuiltInSynthesis } from './builtin-synthesis';
import { combineVoiceSources, type SynthesisEngine } from './synthesis-engine';

/** The browser's voices (where it has speechSynthesis) plus the lazily loaded built-in voice. */
export function createSynthesisEngine(win: Window): SynthesisEngine {
  const speech = win as Window & { SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance };
  const browser =
    'speechSynthesis' in win && speech.SpeechSynthesisUtterance
      ? createBrowserSynthesis(win.speechSynthesis, speech.SpeechSynthesisUtterance)
      : null;
  return combineVoiceSources(browser, createLazyBuiltInSynthesis(win));
}
