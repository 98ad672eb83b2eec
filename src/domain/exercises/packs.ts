import { z } from 'zod';
import type { CheckRegistry } from './check-registry';
import { ExerciseFileError, findForbiddenKey, parseCatalogue } from './parse-exercise';
import type { Exercise, ExerciseContent } from './schema';

/**
 * Exercise packs: a trainer's exercises in one JSON file, each exercise the
 * same Markdown a file in exercises/ holds, validated by the same schema.
 */
export const PACK_FORMAT = 'at-practice-sandbox/exercise-pack';

export const PACK_LIMITS = {
  /** The whole file. */
  bytes: 1_000_000,
  exercises: 50,
  /** One exercise's Markdown. */
  exerciseBytes: 50_000,
} as const;

export interface ExercisePack {
  name: string;
  importedAt: number;
  exercises: Exercise[];
  content: Record<string, ExerciseContent>;
  /** The Markdown of each exercise, so the pack can be exported again. */
  sources: Record<string, { file: string; source: string }>;
}

/** A pack is a list of flat records; anything this deep is not one (and deep recursion would overflow). */
const MAX_NESTING = 32;

/** How deeply `value` nests, counted without recursion and stopping as soon as it passes the limit. */
function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_NESTING) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

export class PackError extends Error {
  override name = 'PackError';
}

const packFileSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  version: z.literal(1),
  name: z.string().trim().min(1).max(80),
  exercises: z
    .array(
      z.strictObject({
        file: z
          .string()
          .regex(/^[\w-]+\/[\w-]+\.md$/, 'a name like "dictation/01-first-sentences.md"'),
        source: z
          .string()
          .max(PACK_LIMITS.exerciseBytes, `at most ${PACK_LIMITS.exerciseBytes} characters`),
      }),
    )
    .min(1, 'at least one exercise')
    .max(PACK_LIMITS.exercises, `at most ${PACK_LIMITS.exercises} exercises`),
});

/**
 * Checks a pack file completely before anything changes: size, JSON, refused
 * keys, shape, every exercise against the schema and checks, and ids that
 * would clash with exercises already in the app (`reservedIds`).
 */
export function parsePack(
  text: string,
  options: {
    checks: CheckRegistry;
    /**
     * Ids already taken, given the pack's own (parsed) name: a pack replacing an
     * earlier import of itself may reuse that import's ids, and nothing else.
     */
    reservedIds: (packName: string) => ReadonlySet<string>;
    now: number;
  },
): ExercisePack {
  if (text.length > PACK_LIMITS.bytes) {
    throw new PackError(
      `This pack is too large (${Math.round(text.length / 1000)} KB). A pack can be at most ${PACK_LIMITS.bytes / 1_000_000} MB.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new PackError('This file is not an exercise pack: it is not valid JSON.');
  }
  if (nestingDepth(data) > MAX_NESTING) {
    throw new PackError(
      'This file is not an exercise pack: its data is nested far deeper than a pack ever is.',
    );
  }
  const forbidden = findForbiddenKey(data);
  if (forbidden) {
    throw new PackError(
      `This pack was refused: it contains the key "${forbidden}", which could be used to attack the app.`,
    );
  }
  const parsed = packFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at "${issue.path.join('.')}")` : '';
    throw new PackError(
      `This file is not a valid exercise pack${where}: ${issue?.message ?? 'unknown problem'}.`,
    );
  }
  const pack = parsed.data;
  let exercises: ReturnType<typeof parseCatalogue>;
  try {
    exercises = parseCatalogue(
      pack.exercises.map((entry) => ({ file: `${pack.name}/${entry.file}`, source: entry.source })),
      options.checks,
    );
  } catch (error) {
    if (error instanceof ExerciseFileError) {
      throw new PackError(`The pack has a broken exercise. ${error.message}`);
    }
    throw new PackError('The pack has an exercise that could not be read.');
  }
  const reserved = options.reservedIds(pack.name);
  for (const { exercise } of exercises) {
    if (reserved.has(exercise.id)) {
      throw new PackError(
        `The pack's exercise "${exercise.id}" has the same id as one already in the app. Rename it in the pack and import again.`,
      );
    }
  }
  const entries = new Map(pack.exercises.map((entry) => [`${pack.name}/${entry.file}`, entry]));
  return {
    name: pack.name,
    importedAt: options.now,
    exercises: exercises.map((p) => p.exercise),
    content: Object.fromEntries(exercises.map((p) => [p.exercise.id, p.content])),
    sources: Object.fromEntries(
      exercises.flatMap((p) => {
        const entry = entries.get(p.exercise.source);
        return entry ? [[p.exercise.id, entry]] : [];
      }),
    ),
  };
}

/** A pack file for the given exercises' Markdown. */
export function buildPack(
  name: string,
  entries: readonly { file: string; source: string }[],
): string {
  return `${JSON.stringify({ format: PACK_FORMAT, version: 1, name, exercises: entries }, null, 2)}\n`;
}
