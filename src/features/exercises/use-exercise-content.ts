import builtInContent from 'virtual:exercise-content';
import type { ExerciseContent } from '../../domain/exercises/schema';
import { useAppStore } from '../../store/store-context';

/**
 * The rendered prose of one exercise: from its imported pack, or the app's
 * own content, which loads with the exercise page (not after it, so nothing
 * on the page moves when it arrives).
 */
export function useExerciseContent(id: string): ExerciseContent | undefined {
  const fromPack = useAppStore(
    (state) => state.packs.find((pack) => pack.content[id])?.content[id],
  );
  return fromPack ?? builtInContent[id];
}
