import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useEngines } from '../engines-context';
import { DEFAULT_SCENE_ID, PRACTICE_SCENES, sceneById } from './registry';
import type { AnyPracticeScene, SceneProps } from './types';

export interface UsePracticeSceneOptions {
  /**
   * Storage key prefix of the tool (e.g. "vision"): the chosen scene and each
   * scene's state are saved under `<prefix>:scene` and `<prefix>:scene-state:<id>`
   * on every change and restored on reload. Leave out to keep nothing.
   */
  storageKey?: string;
  /** The scene to show first (before anything is restored). */
  initialSceneId?: string;
  /** Called once for each task the person completes (emit a `scene/task-done` event here). */
  onTaskDone?: (sceneId: string, taskId: string) => void;
}

export interface PracticeSceneHandle {
  scene: AnyPracticeScene;
  setSceneId(id: string): void;
  state: unknown;
  /** Ids of the tasks done in this scene since it was opened (or that its restored state shows done). */
  done: readonly string[];
  /** Spread into `<scene.Scene {...sceneProps} />`; add `copy` for a magnifier's inert copy. */
  sceneProps: SceneProps<unknown>;
  /** Puts the scene back as it was at first (clears what was typed and selected). */
  reset(): void;
}

const doneFrom = (scene: AnyPracticeScene, state: unknown) =>
  scene.tasks.filter((task) => task.isDone(state)).map((task) => task.id);

/** Holds the state of the shared practice scenes for one tool. */
export function usePracticeScene(options: UsePracticeSceneOptions = {}): PracticeSceneHandle {
  const { storageKey, initialSceneId = DEFAULT_SCENE_ID } = options;
  // A scene asked for by the caller (an exercise about the worksheet) wins over the one saved last time.
  const keepSavedScene = useRef(options.initialSceneId === undefined).current;
  const { storage } = useEngines();
  const [sceneId, setSceneIdState] = useState(sceneById(initialSceneId).id);
  const [states, setStates] = useState<Record<string, unknown>>({});
  const [done, setDone] = useState<Record<string, string[]>>({});
  const onTaskDone = useRef(options.onTaskDone);
  onTaskDone.current = options.onTaskDone;
  const scene = sceneById(sceneId);
  const state = states[scene.id] ?? scene.initialState;

  // Restore the last scene and every scene's state once.
  useEffect(() => {
    if (!storageKey) return;
    let cancelled = false;
    (async () => {
      const savedId = await storage.getItem(`${storageKey}:scene`);
      const restored: Record<string, unknown> = {};
      for (const candidate of PRACTICE_SCENES) {
        const raw = await storage.getItem(`${storageKey}:scene-state:${candidate.id}`);
        if (!raw) continue;
        try {
          const value: unknown = JSON.parse(raw);
          if (candidate.isState(value)) restored[candidate.id] = value;
        } catch {
          // A damaged saved value is dropped: the scene starts afresh.
        }
      }
      if (cancelled) return;
      // A scene is a large tree: re-rendering it as a transition lets React do it in slices.
      startTransition(() => {
        if (keepSavedScene && savedId && PRACTICE_SCENES.some((s) => s.id === savedId)) {
          setSceneIdState(savedId);
        }
        setStates((current) => ({ ...restored, ...current }));
        setDone((current) => {
          const next = { ...current };
          for (const [id, value] of Object.entries(restored)) {
            next[id] = [...new Set([...(current[id] ?? []), ...doneFrom(sceneById(id), value)])];
          }
          return next;
        });
      });
    })();
    return () => {
      cancelled = true;
    };
  }, [storage, storageKey, keepSavedScene]);

  const setSceneId = useCallback(
    (id: string) => {
      const next = sceneById(id).id;
      setSceneIdState(next);
      if (storageKey) void storage.setItem(`${storageKey}:scene`, next);
    },
    [storage, storageKey],
  );

  const onStateChange = useCallback(
    (next: unknown) => {
      setStates((current) => ({ ...current, [sceneId]: next }));
      if (storageKey) {
        void storage.setItem(`${storageKey}:scene-state:${sceneId}`, JSON.stringify(next));
      }
    },
    [sceneId, storage, storageKey],
  );

  const markDone = useCallback(
    (taskId: string) => {
      setDone((current) => {
        const list = current[sceneId] ?? [];
        return list.includes(taskId) ? current : { ...current, [sceneId]: [...list, taskId] };
      });
      onTaskDone.current?.(sceneId, taskId);
    },
    [sceneId],
  );

  const reset = useCallback(() => {
    setStates((current) => ({ ...current, [sceneId]: sceneById(sceneId).initialState }));
    setDone((current) => ({ ...current, [sceneId]: [] }));
    if (storageKey) void storage.removeItem(`${storageKey}:scene-state:${sceneId}`);
  }, [sceneId, storage, storageKey]);

  const sceneProps = useMemo<SceneProps<unknown>>(
    () => ({ state, onStateChange, onTaskDone: markDone }),
    [state, onStateChange, markDone],
  );

  return { scene, setSceneId, state, done: done[scene.id] ?? [], sceneProps, reset };
}
