import { useCallback, useEffect, useState } from 'react';
import { passageKey } from '../../domain/checks/dictation-checks';
import type { DictationInput } from '../../domain/exercises/runner';
import {
  type DictationScore,
  scoreDictation,
  wordsPerMinute,
} from '../../domain/scoring/word-scoring';
import { countWords } from '../../domain/text/count-words';
import { useEngines } from '../../shared/engines-context';
import { usePersistedState } from '../../shared/use-persisted-state';
import { useAppStore } from '../../store/store-context';

export interface Attempt {
  at: number;
  accuracy: number;
  punctuationAccuracy: number;
  wpm: number;
  commands: number;
  /** Spoken, typed into "Say this", or both: a typed attempt's accuracy says little about speech. */
  input?: DictationInput;
}

export interface CheckedAttempt extends Attempt {
  score: DictationScore;
  commandsUsed: [string, number][];
  /** True when this attempt beat every earlier one. */
  newBest: boolean;
}

const KEEP = 20;
const MIN_TIMED_MS = 10_000;

const parseAttempts = (saved: unknown): Attempt[] =>
  Array.isArray(saved)
    ? saved.filter((a): a is Attempt => !!a && typeof a === 'object' && typeof a.at === 'number')
    : [];

/** Attempts checked in two tabs are all kept, oldest first. */
const mergeAttempts = (theirs: unknown, ours: unknown) => {
  const byTime = new Map([...parseAttempts(theirs), ...parseAttempts(ours)].map((a) => [a.at, a]));
  return [...byTime.values()].sort((a, b) => a.at - b.at).slice(-KEEP);
};

/** Scores attempts at a target passage and keeps them on this device, with a personal best. */
export function useAttempts(passage: string | undefined) {
  const { now } = useEngines();
  const emit = useAppStore((state) => state.emit);
  const key = passage ? `dictation:attempts:${passageKey(passage)}` : null;
  const { value: attempts, update } = usePersistedState({
    key,
    label: 'your dictation scores',
    parse: parseAttempts,
    merge: mergeAttempts,
  });
  const [latest, setLatest] = useState<CheckedAttempt | null>(null);

  // A new passage: the last result shown belonged to the old one.
  useEffect(() => {
    if (key !== undefined) setLatest(null);
  }, [key]);

  const check = useCallback(
    (
      text: string,
      firstDictatedAt: number,
      commandsUsed: ReadonlyMap<string, number>,
      input?: DictationInput,
    ) => {
      if (!passage || !key) return null;
      const score = scoreDictation(passage, text);
      const at = now();
      const commands = [...commandsUsed.values()].reduce((sum, n) => sum + n, 0);
      const attempt: Attempt = {
        at,
        accuracy: score.accuracy,
        punctuationAccuracy: score.punctuationAccuracy,
        // Under ten seconds a rate means nothing (one typed phrase would read as 3,000 wpm).
        wpm:
          firstDictatedAt && at - firstDictatedAt >= MIN_TIMED_MS
            ? wordsPerMinute(countWords(text), at - firstDictatedAt)
            : 0,
        commands,
        ...(input ? { input } : {}),
      };
      const best = Math.max(-1, ...attempts.map((a) => a.accuracy));
      const checked: CheckedAttempt = {
        ...attempt,
        score,
        commandsUsed: [...commandsUsed.entries()],
        newBest: attempts.length > 0 && attempt.accuracy > best,
      };
      const next = [...attempts, attempt].slice(-KEEP);
      setLatest(checked);
      void update(next);
      emit({
        type: 'dictation/scored',
        passage: passageKey(passage),
        accuracy: attempt.accuracy,
        punctuationAccuracy: attempt.punctuationAccuracy,
        wpm: attempt.wpm,
        commands,
      });
      return checked;
    },
    [attempts, emit, key, now, passage, update],
  );

  const personalBest = attempts.length ? Math.max(...attempts.map((a) => a.accuracy)) : null;
  return { attempts, latest, check, personalBest };
}
