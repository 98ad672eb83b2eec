import { useEffect, useState } from 'react';
import type { ExerciseContent } from '../../domain/exercises/schema';

type ContentState =
  | { status: 'loading' }
  | { status: 'ready'; content: ExerciseContent | undefined }
  | { status: 'failed' };

/** The rendered prose of one exercise, from its own lazily loaded chunk. */
export function useExerciseContent(id: string): ContentState {
  const [state, setState] = useState<ContentState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    import('virtual:exercise-content').then(
      (module) => live && setState({ status: 'ready', content: module.default[id] }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state;
}
