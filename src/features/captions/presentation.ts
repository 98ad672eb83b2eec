/**
 * How captions look: what deaf pupils and Teachers of the Deaf ask for is
 * large, steady text in a clear font, a chosen number of lines, top or
 * bottom of the screen, and strong colour pairs (yellow on black is a
 * long-standing favourite). Contrast is stated as the WCAG 2 ratio. Pure code.
 */

export interface ColourPair {
  id: string;
  label: string;
  text: string;
  background: string;
}

export const COLOUR_PAIRS: readonly ColourPair[] = [
  { id: 'white-on-black', label: 'White on black', text: '#ffffff', background: '#000000' },
  { id: 'yellow-on-black', label: 'Yellow on black', text: '#ffff00', background: '#000000' },
  { id: 'black-on-white', label: 'Black on white', text: '#000000', background: '#ffffff' },
  { id: 'black-on-yellow', label: 'Black on yellow', text: '#000000', background: '#ffff00' },
  { id: 'white-on-navy', label: 'White on dark blue', text: '#ffffff', background: '#002855' },
  { id: 'black-on-cream', label: 'Black on cream', text: '#000000', background: '#fdf6e3' },
];

export type CaptionPosition = 'bottom' | 'top';

export interface CaptionPresentation {
  /** Text size in CSS pixels. */
  size: number;
  lines: number;
  position: CaptionPosition;
  colours: string;
}

export const SIZE_RANGE = { min: 24, max: 96, step: 4 } as const;
export const LINES_RANGE = { min: 1, max: 6 } as const;

export const DEFAULT_PRESENTATION: CaptionPresentation = {
  size: 40,
  lines: 3,
  position: 'bottom',
  colours: 'white-on-black',
};

export function colourPair(id: string): ColourPair {
  return COLOUR_PAIRS.find((pair) => pair.id === id) ?? (COLOUR_PAIRS[0] as ColourPair);
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** "19.6:1", as stated beside each colour pair. */
export function contrastText(pair: ColourPair): string {
  return `${(Math.floor(contrastRatio(pair.text, pair.background) * 10) / 10).toFixed(1)}:1`;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Saved presentation, checked: anything damaged or out of range falls back to the default. */
export function readPresentation(raw: unknown): CaptionPresentation {
  const saved = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<string, unknown>>;
  const number = (value: unknown, fallback: number) =>
    typeof value === 'number' && Number.isFinite(value) ? value : fallback;
  return {
    size: clamp(
      Math.round(number(saved.size, DEFAULT_PRESENTATION.size)),
      SIZE_RANGE.min,
      SIZE_RANGE.max,
    ),
    lines: clamp(
      Math.round(number(saved.lines, DEFAULT_PRESENTATION.lines)),
      LINES_RANGE.min,
      LINES_RANGE.max,
    ),
    position: saved.position === 'top' ? 'top' : 'bottom',
    colours: COLOUR_PAIRS.some((pair) => pair.id === saved.colours)
      ? (saved.colours as string)
      : DEFAULT_PRESENTATION.colours,
  };
}
