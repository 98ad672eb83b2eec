import type { AreaOfNeed, Audience, Exercise, Phase, ToolId } from './schema';

export interface CatalogueFilter {
  tool?: ToolId | undefined;
  audience?: Audience | undefined;
  area?: AreaOfNeed | undefined;
  /** A school phase the exercise is set in. */
  phase?: Phase | undefined;
  /** Longest exercise to show, in minutes. */
  maxMinutes?: number | undefined;
}

export function filterCatalogue<
  E extends Pick<Exercise, 'tool' | 'audience' | 'areas' | 'minutes' | 'phase'>,
>(exercises: readonly E[], filter: CatalogueFilter): E[] {
  return exercises.filter(
    (exercise) =>
      (!filter.tool || exercise.tool === filter.tool) &&
      (!filter.audience || exercise.audience.includes(filter.audience)) &&
      (!filter.area || exercise.areas.includes(filter.area)) &&
      (!filter.phase || exercise.phase.includes(filter.phase)) &&
      (!filter.maxMinutes || exercise.minutes <= filter.maxMinutes),
  );
}
