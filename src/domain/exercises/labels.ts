import type { AreaOfNeed, Audience, Phase, ToolId } from './schema';

export const TOOL_LABELS: Record<ToolId, string> = {
  general: 'Getting started',
  dictation: 'Dictation',
  'read-aloud': 'Read aloud',
  magnifier: 'Magnifier',
  vision: 'Vision simulator',
  captions: 'Live captions',
  symbols: 'Symbols',
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  staff: 'Staff',
  pupil: 'Pupils',
  trainer: 'Trainers',
};

export const AREA_LABELS: Record<AreaOfNeed, string> = {
  'communication-and-interaction': 'Communication and interaction',
  'cognition-and-learning': 'Cognition and learning',
  'social-emotional-and-mental-health': 'Social, emotional and mental health',
  'sensory-and-physical': 'Sensory and/or physical',
};

export const PHASE_LABELS: Record<Phase, string> = {
  'early-years': 'Early years',
  primary: 'Primary',
  secondary: 'Secondary',
  'post-16': 'Post-16',
};

/** How dictation went in, as the CPD record and progress say it beside a score. */
export const INPUT_LABELS = {
  spoken: 'spoken',
  typed: 'typed instead of speaking',
  'spoken and typed': 'partly spoken, partly typed instead of speaking',
} as const;
