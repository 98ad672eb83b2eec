import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import type { CheckRegistry } from './check-registry';
import { stepsDoneOnOpening } from './initial-state';
import { renderMarkdown } from './markdown';
import { type ExerciseStep, frontMatterSchema, type ParsedExercise } from './schema';

/** A problem in one exercise file, naming the file, the field and what was expected. */
export class ExerciseFileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`Exercise file ${file}, field "${field}": ${problem}`);
    this.name = 'ExerciseFileError';
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
}

function describeIssue(
  issue: z.core.$ZodIssue,
  input: unknown,
): { field: string; problem: string } {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join('", "');
    const where = issue.path.length ? fieldName(issue.path) : '(top level)';
    return { field: `${where}`, problem: `unknown field "${keys}"; check the spelling` };
  }
  let value: unknown = input;
  for (const part of issue.path)
    value = (value as Record<PropertyKey, unknown> | undefined)?.[part];
  const field = fieldName(issue.path) || '(front-matter)';
  if (value === undefined && issue.code === 'invalid_type') {
    return { field, problem: `missing; expected ${issue.expected}` };
  }
  return { field, problem: `${issue.message} (found ${JSON.stringify(value)})` };
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first key anywhere in `value` that could pollute prototypes, if any. */
export function findForbiddenKey(value: unknown, path: PropertyKey[] = []): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const key of Object.getOwnPropertyNames(value)) {
    if (FORBIDDEN_KEYS.has(key)) return fieldName([...path, key]);
    const found = findForbiddenKey((value as Record<string, unknown>)[key], [
      ...path,
      Array.isArray(value) ? Number(key) : key,
    ]);
    if (found) return found;
  }
  return undefined;
}

/**
 * Parses and validates one exercise file: YAML front-matter between `---`
 * lines, then a Markdown body. Throws ExerciseFileError on the first problem.
 */
export function parseExercise(source: string, file: string, checks: CheckRegistry): ParsedExercise {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    throw new ExerciseFileError(
      file,
      '(front-matter)',
      'the file must start with YAML front-matter between two lines of "---"',
    );
  }
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '', { prettyErrors: true });
  } catch (error) {
    const where =
      error instanceof YAMLParseError && error.linePos
        ? `line ${error.linePos[0].line + 1}, column ${error.linePos[0].col}`
        : 'front-matter';
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ExerciseFileError(file, `(YAML, ${where})`, `not valid YAML: ${message}`);
  }
  const forbidden = findForbiddenKey(data);
  if (forbidden) {
    throw new ExerciseFileError(
      file,
      forbidden,
      'refused: keys named __proto__, constructor or prototype could be used to attack the app',
    );
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    if (!first) throw new ExerciseFileError(file, '(front-matter)', 'not valid');
    const { field, problem } = describeIssue(first, data);
    throw new ExerciseFileError(file, field, problem);
  }
  const front = parsed.data;
  if (!front.audience.includes('pupil')) {
    // Pupil wording in an exercise no pupil is shown is wording nobody checks.
    const index = front.steps.findIndex((step) => step.pupilText !== undefined);
    if (front.pupilTitle !== undefined || index >= 0) {
      throw new ExerciseFileError(
        file,
        index >= 0 ? `steps[${index}].pupilText` : 'pupilTitle',
        'pupil wording is only shown to pupils: add "pupil" to audience, or remove it',
      );
    }
  }
  const seen = new Set<string>();
  const steps: ExerciseStep[] = front.steps.map((step, index) => {
    const id = step.id ?? `step-${index + 1}`;
    if (seen.has(id)) {
      throw new ExerciseFileError(file, `steps[${index}].id`, `"${id}" is used by another step`);
    }
    seen.add(id);
    const check = checks.get(step.check);
    if (!check) {
      throw new ExerciseFileError(
        file,
        `steps[${index}].check`,
        `unknown check "${step.check}"; expected one of: ${checks.ids().join(', ')}`,
      );
    }
    const params = check.params.safeParse(step.params);
    if (!params.success) {
      const first = params.error.issues[0];
      const { field, problem } = first
        ? describeIssue(first, step.params)
        : { field: '', problem: 'not valid' };
      throw new ExerciseFileError(
        file,
        `steps[${index}].params${field && field !== '(front-matter)' ? `.${field}` : ''}`,
        `${problem} (check "${check.id}": ${check.description})`,
      );
    }
    return {
      id,
      text: step.text,
      pupilText: step.pupilText,
      check: step.check,
      params: params.data as Record<string, unknown>,
    };
  });
  const doneAtStart = stepsDoneOnOpening({ id: front.id, tool: front.tool, steps }, checks)[0];
  if (doneAtStart) {
    const index = steps.findIndex((step) => step.id === doneAtStart.stepId);
    throw new ExerciseFileError(
      file,
      `steps[${index}]`,
      `opening the tool and doing nothing completes this step (${doneAtStart.scenario}); its check must need the person to do what the step asks`,
    );
  }
  const { scenario, limits, parents, withPupils, ...summary } = front;
  return {
    exercise: { ...summary, steps, source: file },
    content: {
      scenarioHtml: renderMarkdown(scenario),
      bodyHtml: renderMarkdown(source.slice(match[0].length)),
      limitsHtml: renderMarkdown(limits),
      parentsHtml: renderMarkdown(parents),
      withPupilsHtml: renderMarkdown(withPupils),
    },
  };
}

/** Validates a whole catalogue: every file, then ids unique across files. */
export function parseCatalogue(
  files: readonly { file: string; source: string }[],
  checks: CheckRegistry,
): ParsedExercise[] {
  const byId = new Map<string, string>();
  const parsed = files.map(({ file, source }) => parseExercise(source, file, checks));
  for (const { exercise } of parsed) {
    const other = byId.get(exercise.id);
    if (other) {
      throw new ExerciseFileError(
        exercise.source,
        'id',
        `"${exercise.id}" is also used by ${other}`,
      );
    }
    byId.set(exercise.id, exercise.source);
  }
  return parsed.sort((a, b) => a.exercise.source.localeCompare(b.exercise.source));
}
