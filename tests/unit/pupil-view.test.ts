import { describe, expect, it } from 'vitest';
import { catalogueFor, pupilView } from '../../src/domain/exercises/pupil-view';
import type { Exercise } from '../../src/domain/exercises/schema';

const base: Exercise = {
  id: 'a',
  title: 'Dictate a paragraph with punctuation',
  pupilTitle: 'Talk to type',
  tool: 'dictation',
  audience: ['staff', 'pupil'],
  phase: ['primary'],
  minutes: 10,
  areas: ['cognition-and-learning'],
  objectives: ['x'],
  steps: [
    {
      id: 's1',
      text: 'Dictate a sentence ending with "full stop".',
      pupilText: 'Say a sentence, then say "full stop".',
      check: 'c',
      params: {},
    },
    { id: 's2', text: 'Reflect', check: 'reflection-written', params: { minWords: 5 } },
  ],
  reflection: ['?'],
  source: 'x',
};

describe('pupil view', () => {
  it('uses the pupil wording and drops reflection steps', () => {
    const view = pupilView(base);
    expect(view.title).toBe('Talk to type');
    expect(view.steps).toEqual([
      expect.objectContaining({ id: 's1', text: 'Say a sentence, then say "full stop".' }),
    ]);
  });

  it('falls back to the staff wording', () => {
    expect(pupilView({ ...base, pupilTitle: undefined }).title).toBe(base.title);
  });

  it('shows pupils only the exercises written for them', () => {
    const staffOnly = { ...base, id: 'b', audience: ['staff' as const] };
    expect(catalogueFor([base, staffOnly], true).map((e) => e.id)).toEqual(['a']);
    expect(catalogueFor([base, staffOnly], false).map((e) => e.id)).toEqual(['a', 'b']);
  });
});
