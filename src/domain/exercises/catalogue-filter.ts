import type { AreaOfNeed, Audience, Exercise, ToolId } from './schema';

export interface CatalogueFilter {
  tool?: ToolId | undefined;
  audience?: Audience | undefined;
  area?: AreaOfNeed | undefined;
  /** Longest exercise to show, in minutes. */
  maxMinutes?: number | undefined;
}

export function filterCatalogue<
  E extends Pick<Exercise, 'tool' | 'audience' | 'areas' | 'minutes'>,
>(exercises: readonly E[], filter: CatalogueFilter): E[] {
  return exercises.filter(
    (exercise) =>
      (!filter.tool || exercise.tool === filter.tool) &&
      (!filter.audience || exercise.audience.includes(filter.audience)) &&
      (!filter.area || exercise.areas.includes(filter.area)) &&
      (!filter.maxMinutes || exercise.minutes <= filter.maxMinutes),
  );
}
