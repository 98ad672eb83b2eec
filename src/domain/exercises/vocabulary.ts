/** The fixed vocabularies of exercise front-matter (no schema library: this ships with the app). */

/** The tools an exercise can be written for; `general` is the app shell itself. */
export const TOOLS = [
  'general',
  'dictation',
  'read-aloud',
  'magnifier',
  'vision',
  'captions',
  'symbols',
] as const;
export type ToolId = (typeof TOOLS)[number];

export const AUDIENCES = ['staff', 'pupil', 'trainer'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The four broad areas of need in the SEND Code of Practice (2015), section 6.28. */
export const AREAS_OF_NEED = [
  'communication-and-interaction',
  'cognition-and-learning',
  'social-emotional-and-mental-health',
  'sensory-and-physical',
] as const;
export type AreaOfNeed = (typeof AREAS_OF_NEED)[number];

/** School phases; each exercise is set in one or more, in a setting that matches it. */
export const PHASES = ['early-years', 'primary', 'secondary', 'post-16'] as const;
export type Phase = (typeof PHASES)[number];

export const ROLES = ['teacher', 'teaching-assistant', 'early-years', 'senco', 'trainer'] as const;
