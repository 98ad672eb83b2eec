import type { DictationInput, ExerciseRun } from '../../domain/exercises/runner';
import type { Exercise, Phase } from '../../domain/exercises/schema';

export interface ProgressRecord {
  id: string;
  title: string;
  minutes: number;
  /** The school phases the exercise is set in. */
  phase: Phase[];
  objectives: string[];
  startedAt: string;
  completedAt: string | null;
  steps: {
    text: string;
    completedAt: string | null;
    /** Dictation steps: whether the words went in spoken, typed instead of speaking, or both. */
    input?: DictationInput;
    /** "Check my dictation" steps: the word accuracy (percent) that completed the step. */
    score?: number;
  }[];
  reflections: { prompt: string; answer: string }[];
  /** Answers another tab saved at the same moment as the newest ones, kept so nothing is lost. */
  earlierReflections?: { prompt: string; answer: string }[][];
}

const answered = (prompts: readonly string[], answers: readonly (string | null | undefined)[]) =>
  prompts
    .map((prompt, index) => ({ prompt, answer: (answers[index] ?? '').trim() }))
    .filter((entry) => entry.answer !== '');

const iso = (ms: number) => new Date(ms).toISOString();

function earlierOf(prompts: readonly string[], versions: string[][] | undefined) {
  const earlier = (versions ?? [])
    .map((answers) => answered(prompts, answers))
    .filter((entries) => entries.length > 0);
  return earlier.length ? { earlierReflections: earlier } : {};
}

/** One record per exercise the person has started, newest first. Pure: easy to test and export. */
export function buildProgressRecords(
  catalogue: readonly Exercise[],
  runs: Record<string, ExerciseRun>,
  reflections: Record<string, (string | null | undefined)[]>,
  history: Record<string, string[][]> = {},
): ProgressRecord[] {
  return Object.values(runs)
    .flatMap((run) => {
      const exercise = catalogue.find((candidate) => candidate.id === run.exerciseId);
      if (!exercise) return [];
      const answers = reflections[exercise.id] ?? [];
      return [
        {
          id: exercise.id,
          title: exercise.title,
          minutes: exercise.minutes,
          phase: exercise.phase,
          objectives: exercise.objectives,
          startedAt: iso(run.startedAt),
          completedAt: run.completedAt !== undefined ? iso(run.completedAt) : null,
          steps: exercise.steps.map((step) => {
            const at = run.completed[step.id];
            const input = run.inputs?.[step.id];
            const score = run.scores?.[step.id];
            return {
              text: step.text,
              completedAt: at !== undefined ? iso(at) : null,
              ...(input ? { input } : {}),
              ...(score !== undefined ? { score } : {}),
            };
          }),
          reflections: answered(exercise.reflection, answers),
          ...earlierOf(exercise.reflection, history[exercise.id]),
        },
      ];
    })
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

export function buildProgressExport(
  records: ProgressRecord[],
  settings: { theme: string | null; textSize: number },
  now: number,
) {
  return {
    app: 'AT Practice Sandbox',
    format: 1,
    exportedAt: iso(now),
    settings,
    exercises: records,
  };
}
