import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { usePersistence } from '../../store/store-context';
import { oursWins } from '../../store/sync/merge';
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

const LABEL = 'the practice page as you left it';

const doneFrom = (scene: AnyPracticeScene, state: unknown) =>
  scene.tasks.filter((task) => task.isDone(state)).map((task) => task.id);

/** Holds the state of the shared practice scenes for one tool. */
export function usePracticeScene(options: UsePracticeSceneOptions = {}): PracticeSceneHandle {
  const { storageKey, initialSceneId = DEFAULT_SCENE_ID } = options;
  // A scene asked for by the caller (an exercise about the worksheet) wins over the one saved last time.
  const keepSavedScene = useRef(options.initialSceneId === undefined).current;
  const persistence = usePersistence();
  const [sceneId, setSceneIdState] = useState(sceneById(initialSceneId).id);
  const [states, setStates] = useState<Record<string, unknown>>({});
  const [done, setDone] = useState<Record<string, string[]>>({});
  const onTaskDone = useRef(options.onTaskDone);
  onTaskDone.current = options.onTaskDone;
  const scene = sceneById(sceneId);
  const state = states[scene.id] ?? scene.initialState;
  const chosenRecord = useMemo(
    () => (storageKey ? persistence.record(`${storageKey}:scene`, { label: LABEL }) : null),
    [persistence, storageKey],
  );
  const stateRecord = useCallback(
    (id: string) =>
      storageKey
        ? persistence.record(`${storageKey}:scene-state:${id}`, { label: LABEL, merge: oursWins })
        : null,
    [persistence, storageKey],
  );

  // Restore the last scene and every scene's state once, then follow other tabs' changes.
  useEffect(() => {
    if (!storageKey) return;
    let cancelled = false;
    const valid = (candidate: AnyPracticeScene, value: unknown) =>
      value !== undefined && candidate.isState(value);
    const show = (restored: Record<string, unknown>, savedId: unknown) =>
      // A scene is a large tree: re-rendering it as a transition lets React do it in slices.
      startTransition(() => {
        if (
          keepSavedScene &&
          typeof savedId === 'string' &&
          PRACTICE_SCENES.some((s) => s.id === savedId)
        ) {
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
    const stops = PRACTICE_SCENES.map((candidate) =>
      stateRecord(candidate.id)?.subscribe((value) => {
        // Another tab changed this scene, or the data was cleared: show what is saved now.
        setStates((current) => ({
          ...current,
          [candidate.id]: valid(candidate, value) ? value : candidate.initialState,
        }));
      }),
    );
    (async () => {
      const savedId = await chosenRecord?.restore();
      const restored: Record<string, unknown> = {};
      for (const candidate of PRACTICE_SCENES) {
        const value = await stateRecord(candidate.id)?.restore();
        // A damaged saved value is dropped: the scene starts afresh.
        if (valid(candidate, value)) restored[candidate.id] = value;
      }
      if (!cancelled) show(restored, savedId);
    })();
    return () => {
      cancelled = true;
      for (const stop of stops) stop?.();
    };
  }, [storageKey, keepSavedScene, chosenRecord, stateRecord]);

  const setSceneId = useCallback(
    (id: string) => {
      const next = sceneById(id).id;
      setSceneIdState(next);
      void chosenRecord?.save(next);
    },
    [chosenRecord],
  );

  const onStateChange = useCallback(
    (next: unknown) => {
      setStates((current) => ({ ...current, [sceneId]: next }));
      void stateRecord(sceneId)?.save(next);
    },
    [sceneId, stateRecord],
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
    // Saved as the scene's first state rather than removed, so other tabs reset it too.
    void stateRecord(sceneId)?.save(sceneById(sceneId).initialState);
  }, [sceneId, stateRecord]);

  const sceneProps = useMemo<SceneProps<unknown>>(
    () => ({ state, onStateChange, onTaskDone: markDone }),
    [state, onStateChange, markDone],
  );

  return { scene, setSceneId, state, done: done[scene.id] ?? [], sceneProps, reset };
}
