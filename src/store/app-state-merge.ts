import { EVENT_HISTORY_LIMIT, type ExerciseRun } from '../domain/exercises/runner';
import { mergeFields, mergeMap } from './sync/merge';

/** What the store keeps on the device under PERSIST_KEY. */
export interface PersistedAppState {
  theme: unknown;
  textSize: unknown;
  presenter: unknown;
  pupilMode: unknown;
  activeExerciseId: unknown;
  runs: Record<string, ExerciseRun>;
  reflections: Record<string, string[]>;
  /** Exercise id → earlier answers another tab saved at the same time, oldest first. */
  reflectionHistory: Record<string, string[][]>;
}

const SETTINGS = ['theme', 'textSize', 'presenter', 'pupilMode', 'activeExerciseId'] as const;

const json = (value: unknown) => JSON.stringify(value);

/** Two tabs' runs of one exercise: every step done in either is done, at its earliest time. */
export function mergeRuns(theirs: ExerciseRun, ours: ExerciseRun): ExerciseRun {
  const completed = { ...theirs.completed };
  for (const [step, at] of Object.entries(ours.completed)) {
    completed[step] = Math.min(at, completed[step] ?? at);
  }
  const seen = new Set<string>();
  const events = [...theirs.events, ...ours.events]
    .filter((event) => {
      const key = json(event);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.at - b.at)
    .slice(-EVENT_HISTORY_LIMIT);
  const ends = [theirs.completedAt, ours.completedAt].filter((at): at is number => !!at);
  const inputs = perStep(theirs, ours, 'inputs');
  const scores = perStep(theirs, ours, 'scores');
  return {
    ...ours,
    startedAt: Math.min(theirs.startedAt, ours.startedAt),
    events,
    completed,
    completedAt: ends.length ? Math.min(...ends) : undefined,
    ...(inputs ? { inputs } : {}),
    ...(scores ? { scores } : {}),
  };
}

/**
 * How each step was done (spoken or typed) and its score, from the run that did
 * the step first, so they stay with the completion time the merge keeps.
 */
function perStep<K extends 'inputs' | 'scores'>(
  theirs: ExerciseRun,
  ours: ExerciseRun,
  field: K,
): ExerciseRun[K] {
  const a = theirs[field] as Record<string, unknown> | undefined;
  const b = ours[field] as Record<string, unknown> | undefined;
  if (!a && !b) return undefined;
  const merged: Record<string, unknown> = { ...a, ...b };
  for (const step of Object.keys(a ?? {})) {
    const theirsAt = theirs.completed[step] ?? Number.POSITIVE_INFINITY;
    const oursAt = ours.completed[step] ?? Number.POSITIVE_INFINITY;
    if (!(step in (b ?? {})) || theirsAt < oursAt) merged[step] = a?.[step];
  }
  return merged as ExerciseRun[K];
}

/**
 * Another tab's saved state and this tab's become one: settings last writer
 * wins per field; steps done are a union; of two different reflections the
 * one saved last (this tab's) is kept and the other goes into its history.
 */
export function mergeAppState(theirs: unknown, ours: unknown, base: unknown): unknown {
  const t = theirs as Partial<PersistedAppState>;
  const o = ours as Partial<PersistedAppState>;
  const b = base as Partial<PersistedAppState> | undefined;
  const pick = (state: Partial<PersistedAppState> | undefined) =>
    state ? Object.fromEntries(SETTINGS.map((key) => [key, state[key]])) : undefined;
  const settings = mergeFields(pick(t), pick(o), pick(b)) as Record<string, unknown>;
  const history: Record<string, string[][]> = { ...(t.reflectionHistory ?? {}) };
  for (const [id, earlier] of Object.entries(o.reflectionHistory ?? {})) {
    const known = new Set((history[id] ?? []).map(json));
    history[id] = [
      ...(history[id] ?? []),
      ...earlier.filter((answers) => !known.has(json(answers))),
    ];
  }
  const reflections = mergeMap(
    t.reflections ?? {},
    o.reflections ?? {},
    b?.reflections,
    (older, newer, _base, id) => {
      if (!(history[id] ?? []).some((answers) => json(answers) === json(older))) {
        history[id] = [...(history[id] ?? []), older];
      }
      return newer;
    },
  );
  return {
    ...settings,
    runs: mergeMap(t.runs ?? {}, o.runs ?? {}, b?.runs, mergeRuns),
    reflections,
    reflectionHistory: history,
  };
}
