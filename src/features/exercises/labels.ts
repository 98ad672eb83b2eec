import type { AreaOfNeed, Audience, ToolId } from '../../domain/exercises/schema';

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
