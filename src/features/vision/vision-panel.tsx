import type { Exercise } from '../../domain/exercises/schema';
import { VisionSimulator } from './vision-simulator';

/** The simulator inside a vision exercise, opening the scene its steps are about. */
export default function VisionPanel({ exercise }: { exercise: Exercise }) {
  const sceneId = exercise.steps
    .map((step) => step.params.sceneId)
    .find((value): value is string => typeof value === 'string');
  return (
    <section className="vision-panel" aria-labelledby="vision-panel-heading">
      <h2 id="vision-panel-heading">Vision simulator</h2>
      <VisionSimulator headingLevel={3} {...(sceneId ? { initialSceneId: sceneId } : {})} />
    </section>
  );
}
