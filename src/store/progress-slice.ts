import type { StateCreator } from 'zustand';
import type { PracticeEventBody } from '../domain/exercises/events';
import { type ExerciseRun, next, startRun, stepsFor } from '../domain/exercises/runner';
import { countWords } from '../domain/text/count-words';
import type { AppState, StoreDeps } from './create-app-store';

export interface ProgressSlice {
  /** Exercise id → the person's run through it. */
  runs: Record<string, ExerciseRun>;
  /** Exercise id → one answer per reflection prompt. */
  reflections: Record<string, string[]>;
  /** Exercise id → answers another tab saved at the same time as this one's newer ones, oldest first. */
  reflectionHistory: Record<string, string[][]>;
  /** The exercise that practice events count towards, wherever in the app they happen. */
  activeExerciseId: string | null;
  openExercise(exerciseId: string): void;
  /** A feature reports what the person did; the runner decides which steps that completes. */
  emit(event: PracticeEventBody): void;
  /** Keeps a reflection draft as the person types (no practice event). */
  updateReflection(exerciseId: string, promptIndex: number, text: string): void;
  /** The person chose to save their reflections: counts towards "reflection-written" steps. */
  saveReflections(exerciseId: string): void;
  restartExercise(exerciseId: string): void;
}

export const createProgressSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], ProgressSlice> =>
  (set, get) => ({
    runs: {},
    reflections: {},
    reflectionHistory: {},
    activeExerciseId: null,
    openExercise(exerciseId) {
      const { runs, activeExerciseId } = get();
      if (!get().catalogue.some((exercise) => exercise.id === exerciseId)) return;
      if (activeExerciseId === exerciseId && runs[exerciseId]) return;
      set({
        activeExerciseId: exerciseId,
        runs: runs[exerciseId]
          ? runs
          : { ...runs, [exerciseId]: startRun(exerciseId, deps.engines.now()) },
      });
    },
    emit(body) {
      const { activeExerciseId, runs } = get();
      if (!activeExerciseId) return;
      const exercise = get().catalogue.find((candidate) => candidate.id === activeExerciseId);
      const run = runs[activeExerciseId];
      if (!exercise || !run) return;
      const steps = stepsFor(exercise, get().pupilMode);
      const updated = next(run, { ...body, at: deps.engines.now() }, steps, deps.checks);
      if (updated !== run) set({ runs: { ...runs, [activeExerciseId]: updated } });
    },
    updateReflection(exerciseId, promptIndex, text) {
      const answers = [...(get().reflections[exerciseId] ?? [])];
      answers[promptIndex] = text;
      set({ reflections: { ...get().reflections, [exerciseId]: answers } });
    },
    saveReflections(exerciseId) {
      const answers = get().reflections[exerciseId] ?? [];
      const words = answers.reduce((total, answer) => total + countWords(answer ?? ''), 0);
      get().emit({ type: 'exercise/reflection-saved', exerciseId, words });
    },
    restartExercise(exerciseId) {
      set({
        activeExerciseId: exerciseId,
        runs: { ...get().runs, [exerciseId]: startRun(exerciseId, deps.engines.now()) },
      });
    },
  });
