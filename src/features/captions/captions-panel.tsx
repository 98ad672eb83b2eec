import type { Exercise } from '../../domain/exercises/schema';
import { CaptionsTool } from './captions-tool';

/** The script of an exercise to read aloud: the first step whose check names one. */
export function exerciseScript(exercise: Exercise): string | undefined {
  for (const step of exercise.steps) {
    const script = step.params.script;
    if (typeof script === 'string' && script.trim()) return script;
  }
  return undefined;
}

/** The captions tool inside a captions exercise, with the exercise's script if it has one. */
export default function CaptionsPanel({ exercise }: { exercise: Exercise }) {
  return (
    <section className="tool-panel" aria-labelledby="captions-panel-heading">
      <h2 id="captions-panel-heading">Live captions</h2>
      <CaptionsTool script={exerciseScript(exercise)} level={3} />
    </section>
  );
}
