import type { ComponentType } from 'react';

/** What every practice scene component receives. */
export interface SceneProps<S> {
  /** The whole scene state: the scene renders from this alone (a controlled component). */
  state: S;
  /** The person changed something (typed, selected, opened). Never called in copy mode. */
  onStateChange(next: S): void;
  /** A find task became done through that change. Never called in copy mode. */
  onTaskDone(taskId: string): void;
  /**
   * A second, inert rendering of the same state for a magnifier: hidden from
   * assistive technology (`aria-hidden`), `inert`, nothing focusable, ids
   * suffixed so they do not clash with the real scene, and no callbacks.
   */
  copy?: boolean;
}

export interface SceneTask<S> {
  id: string;
  /** What staff are asked to do, as an instruction. */
  prompt: string;
  /** Shorter wording for pupils (a reading age of about eight). */
  pupilPrompt?: string;
  /** True when the state shows the task is done (pure: used in tests and to detect completion). */
  isDone(state: S): boolean;
}

export interface PracticeScene<S> {
  id: string;
  title: string;
  /** One sentence saying what the scene is, for pickers and docs. */
  description: string;
  initialState: S;
  Scene: ComponentType<SceneProps<S>>;
  tasks: readonly SceneTask<S>[];
  /** The densest scene: the one benchmarks move the pointer over. */
  densest?: boolean;
  /** Checks a restored (persisted) value still has this scene's shape. */
  isState(value: unknown): value is S;
}

// biome-ignore lint/suspicious/noExplicitAny: the registry holds scenes of different state types.
export type AnyPracticeScene = PracticeScene<any>;
