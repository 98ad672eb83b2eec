import { z } from 'zod';
import { AREAS_OF_NEED, AUDIENCES, PHASES, ROLES, TOOLS } from './vocabulary';

export type { AreaOfNeed, Audience, Phase, ToolId } from './vocabulary';

// The app runs under a Content-Security-Policy without 'unsafe-eval'; zod's
// JIT probes with `new Function`, which such a policy reports as a violation
// even when the error is caught. Packs are small, so the interpreter is fine.
z.config({ jitless: true });

const kebab = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case kebab-case name such as "first-sentences"');

const text = z.string().trim().min(1, 'some text');

export const stepSchema = z.strictObject({
  id: kebab.optional(),
  text,
  /** Shorter wording for pupil mode; falls back to `text`. */
  pupilText: text.optional(),
  check: kebab,
  params: z.record(z.string(), z.unknown()).default({}),
});

export const frontMatterSchema = z.strictObject({
  id: kebab,
  title: text.max(80, 'a title of at most 80 characters'),
  /** Shorter title for pupil mode; falls back to `title`. */
  pupilTitle: text.max(80).optional(),
  tool: z.enum(TOOLS),
  audience: z.array(z.enum(AUDIENCES)).min(1, 'at least one audience'),
  roles: z.array(z.enum(ROLES)).optional(),
  /** The school phases the scenario is set in: early years, primary, secondary, post-16. */
  phase: z.array(z.enum(PHASES)).min(1, 'at least one phase'),
  minutes: z
    .number()
    .int('a whole number of minutes')
    .min(3, 'at least 3 minutes')
    .max(15, 'at most 15 minutes: split longer work into two exercises'),
  areas: z.array(z.enum(AREAS_OF_NEED)).min(1, 'at least one area of need'),
  objectives: z.array(text).min(1, 'at least one objective').max(4, 'at most four objectives'),
  scenario: text,
  steps: z.array(stepSchema).min(1, 'at least one step'),
  /** How to introduce the tool to a pupil: required, as limits and parents are. */
  withPupils: text,
  limits: text,
  parents: text,
  reflection: z.array(text).min(1, 'at least one reflection prompt').max(3),
});

export type ExerciseFrontMatter = z.infer<typeof frontMatterSchema>;
export type ExerciseStepInput = z.infer<typeof stepSchema>;

export interface ExerciseStep {
  id: string;
  text: string;
  pupilText?: string | undefined;
  check: string;
  params: Record<string, unknown>;
}

/** A validated exercise as the catalogue and runner need it (small: loaded with the app). */
export interface Exercise
  extends Omit<ExerciseFrontMatter, 'steps' | 'scenario' | 'limits' | 'parents' | 'withPupils'> {
  steps: ExerciseStep[];
  /** Where it came from (`exercises/dictation/01-first-sentences.md`, or a pack's name). */
  source: string;
}

/** The rendered prose of an exercise: safe HTML, loaded only when the exercise is opened. */
export interface ExerciseContent {
  scenarioHtml: string;
  bodyHtml: string;
  limitsHtml: string;
  parentsHtml: string;
  withPupilsHtml: string;
}

export interface ParsedExercise {
  exercise: Exercise;
  content: ExerciseContent;
}
