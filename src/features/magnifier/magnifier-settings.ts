import {
  MAGNIFIER_MODES,
  type MagnifierMode,
  ZOOM_INCREMENTS,
  ZOOM_MAX,
  ZOOM_MIN,
  type ZoomIncrement,
} from './magnifier-geometry';

/** The magnifier's choices, kept on the device under SETTINGS_KEY. */
export interface MagnifierSettings {
  mode: MagnifierMode;
  zoom: number;
  increment: ZoomIncrement;
  invert: boolean;
  /** Windows' "Smooth edges of images and text". */
  smoothing: boolean;
  pointer: PointerStyle;
  lensWidth: number;
  lensHeight: number;
  followPointer: boolean;
  followFocus: boolean;
  followCaret: boolean;
}

export type PointerStyle = 'standard' | 'large' | 'high-contrast';
export const POINTER_STYLES: readonly { value: PointerStyle; label: string }[] = [
  { value: 'standard', label: 'Standard' },
  { value: 'large', label: 'Large' },
  { value: 'high-contrast', label: 'Large, high contrast' },
];

export const MODE_LABELS: Record<MagnifierMode, string> = {
  lens: 'Lens',
  'full-screen': 'Full screen',
  docked: 'Docked',
};

export const LENS_SIZE = { min: 120, max: 640, step: 20 } as const;

export const SETTINGS_KEY = 'magnifier:settings';
/** Prefix for the practice scene's saved state (see usePracticeScene). */
export const SCENE_STORAGE_PREFIX = 'magnifier';

export const DEFAULT_SETTINGS: MagnifierSettings = {
  mode: 'lens',
  zoom: 2,
  increment: 100,
  invert: false,
  smoothing: true,
  pointer: 'standard',
  lensWidth: 320,
  lensHeight: 200,
  followPointer: true,
  followFocus: true,
  followCaret: true,
};

const isBool = (value: unknown): value is boolean => typeof value === 'boolean';
const isNum = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** Settings restored from storage: anything missing or malformed falls back to the default. */
export function parseSettings(json: string | null): MagnifierSettings {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = json ? JSON.parse(json) : {};
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    // A damaged value is replaced by the defaults rather than stopping the tool.
  }
  const d = DEFAULT_SETTINGS;
  const increment = ZOOM_INCREMENTS.find((i) => i === raw.increment) ?? d.increment;
  const lens = (value: unknown, fallback: number) =>
    isNum(value) ? Math.min(LENS_SIZE.max, Math.max(LENS_SIZE.min, value)) : fallback;
  return {
    mode: MAGNIFIER_MODES.find((m) => m === raw.mode) ?? d.mode,
    zoom: isNum(raw.zoom)
      ? Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, Math.round(raw.zoom * 100) / 100))
      : d.zoom,
    increment,
    invert: isBool(raw.invert) ? raw.invert : d.invert,
    smoothing: isBool(raw.smoothing) ? raw.smoothing : d.smoothing,
    pointer: POINTER_STYLES.find((p) => p.value === raw.pointer)?.value ?? d.pointer,
    lensWidth: lens(raw.lensWidth, d.lensWidth),
    lensHeight: lens(raw.lensHeight, d.lensHeight),
    followPointer: isBool(raw.followPointer) ? raw.followPointer : d.followPointer,
    followFocus: isBool(raw.followFocus) ? raw.followFocus : d.followFocus,
    followCaret: isBool(raw.followCaret) ? raw.followCaret : d.followCaret,
  };
}

/** The next mode in the radio group's order, for the "next mode" shortcut. */
export function nextMode(mode: MagnifierMode): MagnifierMode {
  const index = MAGNIFIER_MODES.indexOf(mode);
  return MAGNIFIER_MODES[(index + 1) % MAGNIFIER_MODES.length] ?? 'lens';
}
