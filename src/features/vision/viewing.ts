import { DEFAULT_VIEWING, type Viewing } from './acuity';

/**
 * Where the person looking at the simulation sits. Blur and field sizes are
 * angles, so the pixels they cover depend on the distance and on how big a
 * CSS pixel really is on that screen.
 */
export const VIEWING_PRESETS = [
  { id: 'laptop', label: 'Laptop, 50 cm' },
  { id: 'tablet', label: 'Tablet, 35 cm' },
  { id: 'monitor', label: 'Large monitor, 70 cm' },
  { id: 'board', label: 'Projector, 4 m' },
] as const;

export type ViewingPresetId = (typeof VIEWING_PRESETS)[number]['id'];

export function isViewingPresetId(value: unknown): value is ViewingPresetId {
  return VIEWING_PRESETS.some((preset) => preset.id === value);
}

/**
 * The viewing geometry for a preset. Screens near the eye are taken at the
 * CSS reference density (96 px per inch); a projected picture is as many
 * CSS px wide as the window, spread over 2 m.
 */
export function viewingFor(preset: ViewingPresetId, windowWidthPx: number): Viewing {
  switch (preset) {
    case 'tablet':
      return { ...DEFAULT_VIEWING, distanceCm: 35 };
    case 'monitor':
      return { ...DEFAULT_VIEWING, distanceCm: 70 };
    case 'board':
      return { distanceCm: 400, pxPerCm: Math.max(1, windowWidthPx) / 200 };
    default:
      return DEFAULT_VIEWING;
  }
}
