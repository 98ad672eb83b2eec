import { useMemo } from 'react';
import { catalogueFor } from '../../domain/exercises/pupil-view';
import type { Exercise } from '../../domain/exercises/schema';
import { useAppStore } from '../../store/store-context';

/** The exercises the person sees in the current mode (pupil wording in pupil mode). */
export function useModeCatalogue(): Exercise[] {
  const catalogue = useAppStore((state) => state.catalogue);
  const pupilMode = useAppStore((state) => state.pupilMode);
  return useMemo(() => catalogueFor(catalogue, pupilMode), [catalogue, pupilMode]);
}

export function useModeExercise(id: string | null | undefined): Exercise | undefined {
  const catalogue = useModeCatalogue();
  return useMemo(() => catalogue.find((exercise) => exercise.id === id), [catalogue, id]);
}
