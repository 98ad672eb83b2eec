import type { Exercise } from '../../../src/domain/exercises/schema';

/**
 * A small "Getting started" exercise for store and progress tests: each test
 * names the steps (and anything else) it depends on.
 */
export function gettingStarted(fields: Pick<Exercise, 'steps'> & Partial<Exercise>): Exercise {
  return {
    id: 'getting-started',
    title: 'Getting started',
    tool: 'general',
    audience: ['staff'],
    phase: ['primary'],
    minutes: 5,
    areas: ['sensory-and-physical'],
    objectives: ['Change things'],
    reflection: ['What next?'],
    source: 'test',
    ...fields,
  };
}
