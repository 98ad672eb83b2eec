import { z } from 'zod/mini';

/**
 * Reading preferences, as Immersive Reader offers them. Pure: the hook that
 * loads and saves them is use-reading-preferences.ts.
 */

export const TINTS = {
  none: 'No tint',
  cream: 'Cream',
  yellow: 'Yellow',
  blue: 'Blue',
  green: 'Green',
  pink: 'Pink',
  grey: 'Grey',
} as const;
export type Tint = keyof typeof TINTS;

export const FONTS = {
  app: 'Atkinson Hyperlegible (the app’s font)',
  lexend: 'Lexend',
  opendyslexic: 'OpenDyslexic',
  system: 'Your device’s font',
} as const;
export type ReadingFont = keyof typeof FONTS;

export const LINE_FOCUS = [0, 1, 3, 5] as const;
export type LineFocus = (typeof LINE_FOCUS)[number];

export const TEXT_SIZE = { min: 100, max: 300, step: 25 } as const;
export const LINE_SPACING = { min: 1.2, max: 3, step: 0.2 } as const;
export const LETTER_SPACING = { min: 0, max: 0.3, step: 0.05 } as const;
export const RATE = { min: 0.5, max: 2, step: 0.1 } as const;

export interface ReadingPreferences {
  /** Percent of the app's text size. */
  textSize: number;
  /** Line height, in multiples of the font size. */
  lineSpacing: number;
  /** Extra space between letters, in em. */
  letterSpacing: number;
  tint: Tint;
  /** Lines left clear by line focus; 0 is off. */
  lineFocus: LineFocus;
  font: ReadingFont;
  /** The chosen voice's id, or null to choose by language. */
  voice: string | null;
  rate: number;
}

export const DEFAULT_PREFERENCES: ReadingPreferences = {
  textSize: 125,
  lineSpacing: 1.8,
  letterSpacing: 0,
  tint: 'none',
  lineFocus: 0,
  font: 'app',
  voice: null,
  rate: 1,
};

export const STORAGE_KEY = 'read-aloud:preferences';

const within = (range: { min: number; max: number }) =>
  z.number().check(z.minimum(range.min), z.maximum(range.max));

const schema = z.object({
  textSize: z.catch(within(TEXT_SIZE), DEFAULT_PREFERENCES.textSize),
  lineSpacing: z.catch(within(LINE_SPACING), DEFAULT_PREFERENCES.lineSpacing),
  letterSpacing: z.catch(within(LETTER_SPACING), DEFAULT_PREFERENCES.letterSpacing),
  tint: z.catch(z.enum(Object.keys(TINTS) as [Tint, ...Tint[]]), DEFAULT_PREFERENCES.tint),
  lineFocus: z.catch(
    z.union(LINE_FOCUS.map((n) => z.literal(n))) as z.ZodMiniType<LineFocus>,
    DEFAULT_PREFERENCES.lineFocus,
  ),
  font: z.catch(
    z.enum(Object.keys(FONTS) as [ReadingFont, ...ReadingFont[]]),
    DEFAULT_PREFERENCES.font,
  ),
  voice: z.catch(z.nullable(z.string()), null),
  rate: z.catch(within(RATE), DEFAULT_PREFERENCES.rate),
});

/** Saved preferences, with anything missing or out of range replaced by its default. */
export function parsePreferences(saved: string | null): ReadingPreferences {
  let data: unknown = {};
  try {
    data = saved ? JSON.parse(saved) : {};
  } catch {
    data = {};
  }
  const result = schema.safeParse(typeof data === 'object' && data !== null ? data : {});
  return result.success ? { ...DEFAULT_PREFERENCES, ...result.data } : { ...DEFAULT_PREFERENCES };
}

/** Rounds a slider's value to its step, so 1.2000000002 is saved as 1.2. */
export function snap(value: number, range: { min: number; max: number; step: number }): number {
  const steps = Math.round((value - range.min) / range.step);
  const snapped = range.min + steps * range.step;
  return Number(Math.min(range.max, Math.max(range.min, snapped)).toFixed(2));
}

export function rateLabel(rate: number): string {
  const text = `${rate.toFixed(1)}×`;
  if (rate === 1) return `${text} (normal)`;
  return rate < 1 ? `${text} (slower)` : `${text} (faster)`;
}
