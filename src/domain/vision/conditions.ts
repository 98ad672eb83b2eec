/**
 * The vision simulator's condition and support ids: one list, used by the
 * simulator (src/features/vision), its practice events and the exercise
 * checks that name them in front-matter.
 */

/** Every condition the simulator can show, "none" aside. */
export const SIMULATED_CONDITION_IDS = [
  'blur',
  'central-loss',
  'tunnel',
  'cataract',
  'protanopia',
  'deuteranopia',
  'tritanopia',
  'achromatopsia',
  'hemianopia',
] as const;

/** The options of the "Simulated condition" select, in order. */
export const CONDITION_IDS = ['none', ...SIMULATED_CONDITION_IDS] as const;

export type ConditionId = (typeof CONDITION_IDS)[number];

export function isConditionId(value: unknown): value is ConditionId {
  return typeof value === 'string' && (CONDITION_IDS as readonly string[]).includes(value);
}

/** Supports a person can try ("Try what helps"): some change the scene, some open another tool. */
export const SUPPORT_IDS = [
  'larger-text',
  'contrast',
  'key-words',
  'magnifier',
  'read-aloud',
] as const;

export type SupportId = (typeof SUPPORT_IDS)[number];
