import type { z } from 'zod/mini';
import type { PracticeEvent } from './events';

/**
 * A check is a small registered object: exercise front-matter names it by id,
 * with parameters that its own schema validates when the app builds.
 */
export interface CheckDefinition<P = unknown> {
  id: string;
  /** One line for exercise authors, shown in error messages and the README. */
  description: string;
  params: z.ZodMiniType<P>;
  /** True once the events recorded since the exercise began show the step is done. */
  evaluate(events: readonly PracticeEvent[], params: P): boolean;
}

export function defineCheck<P>(definition: CheckDefinition<P>): CheckDefinition<P> {
  return definition;
}

export interface CheckRegistry {
  get(id: string): CheckDefinition | undefined;
  ids(): string[];
}

// biome-ignore lint/suspicious/noExplicitAny: each check has its own parameter type.
export function createCheckRegistry(checks: readonly CheckDefinition<any>[]): CheckRegistry {
  const byId = new Map<string, CheckDefinition>();
  for (const check of checks) {
    if (byId.has(check.id)) throw new Error(`Two checks share the id "${check.id}".`);
    byId.set(check.id, check);
  }
  return {
    get: (id) => byId.get(id),
    ids: () => [...byId.keys()].sort(),
  };
}
