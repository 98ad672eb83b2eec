import type { Exercise } from '../../domain/exercises/schema';
import { Magnifier } from './magnifier';
import { SCENE_STORAGE_PREFIX } from './magnifier-settings';

/** The scene an exercise asks for: the first step that names one in its parameters. */
export function exerciseSceneId(exercise: Pick<Exercise, 'steps'>): string | undefined {
  for (const step of exercise.steps) {
    const sceneId = step.params.sceneId;
    if (typeof sceneId === 'string') return sceneId;
  }
  return undefined;
}

/** The magnifier inside a magnifier exercise, under its steps. */
export default function MagnifierPanel({ exercise }: { exercise: Exercise }) {
  const sceneId = exerciseSceneId(exercise);
  return (
    <section className="magnifier-panel" aria-labelledby="magnifier-panel-heading">
      <h2 id="magnifier-panel-heading">Magnifier</h2>
      <Magnifier
        sceneStorageKey={`${SCENE_STORAGE_PREFIX}:exercise:${exercise.id}`}
        headingLevel={3}
        {...(sceneId ? { initialSceneId: sceneId } : {})}
      />
    </section>
  );
}
