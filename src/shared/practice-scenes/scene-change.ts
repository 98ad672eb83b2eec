import { useId } from 'react';
import type { SceneProps, SceneTask } from './types';

/**
 * Applies a change from inside a scene: reports the new state and every task
 * that it turns from not done to done. Copy mode changes nothing.
 */
export function applySceneChange<S>(
  props: SceneProps<S>,
  tasks: readonly SceneTask<S>[],
  next: S,
): void {
  if (props.copy) return;
  const before = props.state;
  props.onStateChange(next);
  for (const task of tasks) {
    if (!task.isDone(before) && task.isDone(next)) props.onTaskDone(task.id);
  }
}

/**
 * Ids for one scene instance. The real scene gets stable ids
 * (`scene-timetable-answer`); a copy adds `-copy-<unique>` so that any
 * number of copies can sit beside it without clashing.
 */
export function useSceneIds(sceneId: string, copy: boolean | undefined): (name: string) => string {
  const unique = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  return (name) => `scene-${sceneId}-${name}${copy ? `-copy-${unique}` : ''}`;
}

/**
 * Attributes for the scene's root element. A copy is `inert` (nothing in it
 * can be focused or clicked) and hidden from assistive technology.
 */
export function sceneRootProps(sceneId: string, copy: boolean | undefined) {
  return {
    'data-scene': sceneId,
    ...(copy ? { 'data-scene-copy': '', 'aria-hidden': true as const, inert: true } : {}),
  };
}

/** For form controls: a copy takes no focus and ignores input without React warnings. */
export function controlProps(copy: boolean | undefined, part: string) {
  return {
    'data-scene-part': part,
    ...(copy ? { tabIndex: -1 } : {}),
  };
}

/** No-op change handler for a copy's controlled form fields. */
export const ignoreChange = () => {};
