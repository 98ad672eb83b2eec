import { useId } from 'react';
import './practice-scenes.css';
import { PRACTICE_SCENES } from './registry';
import type { AnyPracticeScene } from './types';

/** Select "Practice scene": which scene to show. */
export function ScenePicker({
  sceneId,
  onChange,
}: {
  sceneId: string;
  onChange(id: string): void;
}) {
  const id = useId();
  return (
    <div className="field scene-picker">
      <label htmlFor={id}>Practice scene</label>
      <select id={id} value={sceneId} onChange={(event) => onChange(event.target.value)}>
        {PRACTICE_SCENES.map((scene) => (
          <option key={scene.id} value={scene.id}>
            {scene.title}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The scene's find tasks, each marked "Done" (in text, so it is announced) once done. */
export function SceneTaskList({
  scene,
  done,
  headingLevel = 3,
  pupil = false,
}: {
  scene: AnyPracticeScene;
  done: readonly string[];
  headingLevel?: 2 | 3 | 4;
  pupil?: boolean;
}) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="scene-tasks" aria-labelledby={headingId}>
      <Heading id={headingId}>Find tasks: {scene.title.toLowerCase()}</Heading>
      <ol className="scene-tasks__list">
        {scene.tasks.map((task) => {
          const isDone = done.includes(task.id);
          return (
            <li key={task.id} className={isDone ? 'scene-tasks__item--done' : undefined}>
              <span>{pupil ? (task.pupilPrompt ?? task.prompt) : task.prompt}</span>{' '}
              {isDone && <strong className="scene-tasks__done">Done</strong>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
