import type { Exercise } from '../../domain/exercises/schema';
import { DictationTool } from './dictation-tool';

/** The target passage of an exercise: the first step whose check names one. */
export function exercisePassage(exercise: Exercise): string | undefined {
  for (const step of exercise.steps) {
    const passage = step.params.passage;
    if (typeof passage === 'string' && passage.trim()) return passage;
  }
  return undefined;
}

/** The dictation tool inside a dictation exercise, with the exercise's own text and passage. */
export default function DictationPanel({ exercise }: { exercise: Exercise }) {
  return (
    <section className="tool-panel" aria-labelledby="dictation-panel-heading">
      <h2 id="dictation-panel-heading">Dictation</h2>
      <DictationTool
        storageKey={`dictation:text:${exercise.id}`}
        passage={exercisePassage(exercise)}
        level={3}
      />
    </section>
  );
}
