import { type ConditionId, isConditionId, type SupportId } from './conditions';
import type { Side } from './simulation';
import { isViewingPresetId, type ViewingPresetId } from './viewing';

/** The simulator's own settings, saved under STORAGE_KEY on every change. */
export interface VisionSettings {
  condition: ConditionId;
  /** 0 to 1. */
  severity: number;
  side: Side;
  /** Follow the pointer and keyboard focus (true), or keep the view centred. */
  follow: boolean;
  /** Supports switched on in place, by condition they were chosen for. */
  supports: SupportId[];
  /** Where the viewer sits: sets how many pixels an angle covers. */
  viewing: ViewingPresetId;
}

export const STORAGE_KEY = 'vision:settings';
/** Prefix for the practice scenes' saved state (see src/shared/practice-scenes). */
export const SCENE_STORAGE_KEY = 'vision';

export const DEFAULT_SETTINGS: VisionSettings = {
  condition: 'none',
  severity: 0.6,
  side: 'left',
  follow: true,
  supports: [],
  viewing: 'laptop',
};

const IN_PLACE: readonly SupportId[] = ['larger-text', 'contrast', 'key-words'];

/** Reads saved settings, keeping only what is still valid. */
export function parseSettings(raw: string | null): VisionSettings {
  if (!raw) return DEFAULT_SETTINGS;
  try {
    const value = JSON.parse(raw) as Partial<VisionSettings>;
    return {
      condition: isConditionId(value.condition) ? value.condition : DEFAULT_SETTINGS.condition,
      severity:
        typeof value.severity === 'number' && value.severity >= 0 && value.severity <= 1
          ? value.severity
          : DEFAULT_SETTINGS.severity,
      side: value.side === 'right' ? 'right' : 'left',
      follow: typeof value.follow === 'boolean' ? value.follow : true,
      supports: Array.isArray(value.supports)
        ? value.supports.filter((s): s is SupportId => IN_PLACE.includes(s as SupportId))
        : [],
      viewing: isViewingPresetId(value.viewing) ? value.viewing : 'laptop',
    };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function isInPlaceSupport(support: SupportId): boolean {
  return IN_PLACE.includes(support);
}
