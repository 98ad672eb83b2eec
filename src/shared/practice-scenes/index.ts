/**
 * Shared practice scenes for the magnifier and the vision simulator.
 *
 * Four realistic, accessible scenes (a whole-school timetable, a Year 5
 * science worksheet with a colour-coded diagram, a trip consent form, a
 * reading passage), each with "find" tasks.
 *
 * How to use (everything below is exported from this file):
 *
 * ```tsx
 * const { scene, setSceneId, done, sceneProps } = usePracticeScene({
 *   storageKey: 'magnifier',                      // saved as you go, restored on reload
 *   onTaskDone: (sceneId, taskId) =>
 *     emit({ type: 'scene/task-done', sceneId, taskId, tool: 'magnifier', zoom }),
 * });
 * <ScenePicker sceneId={scene.id} onChange={setSceneId} />   // select "Practice scene"
 * <SceneTaskList scene={scene} done={done} />                 // tasks, "Done" when done
 * <scene.Scene {...sceneProps} />                             // the real, interactive scene
 * <scene.Scene {...sceneProps} copy />                        // inert, aria-hidden copy
 * ```
 *
 * - Each scene is a controlled component: `({ state, onStateChange, onTaskDone, copy })`.
 *   Render it twice from the same state and the copy stays in step with what
 *   the person types or selects.
 * - `copy`: root has `inert` and `aria-hidden="true"` and `data-scene-copy`;
 *   every control has `tabIndex={-1}`; ids get `-copy-<unique>`; no callbacks fire.
 * - Every interactive element, in the real scene and the copy alike, carries
 *   `data-scene-part="<stable key>"`, so a magnifier can find the copy's
 *   counterpart of the focused element
 *   (`copyRoot.querySelector(`[data-scene-part="${el.dataset.scenePart}"]`)`).
 *   The scene's root carries `data-scene="<scene id>"`.
 * - `DENSEST_SCENE_ID` ('timetable') is the scene for benchmarks.
 * - Tasks are pure: `scene.tasks[i].isDone(state)`; the scene calls
 *   `onTaskDone(taskId)` when a change turns a task from not done to done.
 */
/** Classes a tool may put on an ancestor of a scene to apply a support in place. */
export const SCENE_SUPPORT_CLASSES = {
  /** Adds the part's name beside each colour in a colour key (the fix for colour-only coding). */
  keyWords: 'scene-show-key-words',
  /** Text half as big again. */
  largerText: 'scene-larger-text',
  /** Muted text and borders become full-strength text colour; bolder text. */
  highContrast: 'scene-high-contrast',
} as const;

export { DEFAULT_SCENE_ID, DENSEST_SCENE_ID, PRACTICE_SCENES, sceneById } from './registry';
export { ScenePicker, SceneTaskList } from './scene-controls';
export type { AnyPracticeScene, PracticeScene, SceneProps, SceneTask } from './types';
export { type PracticeSceneHandle, usePracticeScene } from './use-practice-scene';
