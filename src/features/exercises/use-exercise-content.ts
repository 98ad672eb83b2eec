import { useEffect, useState } from 'react';
import type { ExerciseContent } from '../../domain/exercises/schema';
import { useAppStore } from '../../store/store-context';

type ContentState =
  | { status: 'loading' }
  | { status: 'ready'; content: ExerciseContent | undefined }
  | { status: 'failed' };

/** The rendered prose of one exercise: from its imported pack, or the app's lazily loaded chunk. */
export function useExerciseContent(id: string): ContentState {
  const fromPack = useAppStore((state) => state.packs.find((pack) => pack.content[id])?.content[id]);
  const [state, setState] = useState<ContentState>({ status: 'loading' });
  useEffect(() => {
    if (fromPack) return;
    let live = true;
    import('virtual:exercise-content').then(
      (module) => live && setState({ status: 'ready', content: module.default[id] }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [id, fromPack]);
  return fromPack ? { status: 'ready', content: fromPack } : state;
}
