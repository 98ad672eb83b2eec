/**
 * Scoring a dictation against its target passage. Word accuracy is
 * 1 − word error rate (substitutions + deletions + insertions over the
 * target's words), case-insensitive and ignoring punctuation, which is
 * scored on its own so that a person sees both. Pure code.
 */

export type AlignedWord =
  | { op: 'match'; target: string; said: string }
  | { op: 'substituted'; target: string; said: string }
  | { op: 'missing'; target: string }
  | { op: 'extra'; said: string };

export interface DictationScore {
  /** 0–100, whole numbers. */
  accuracy: number;
  punctuationAccuracy: number;
  targetWords: number;
  saidWords: number;
  substituted: number;
  missing: number;
  extra: number;
  alignment: AlignedWord[];
}

const MARKS = /[.,?!:;“”"()'’–-]/u;

/** Words as written (for display) and as compared (lower case, no surrounding punctuation). */
export function scoringWords(text: string): { shown: string; key: string }[] {
  return text
    .replace(/[’]/gu, "'")
    .split(/[\s–—]+/u)
    .map((shown) => ({
      shown: shown.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
      key: shown.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
    }))
    .filter((word) => word.key !== '');
}

/** The punctuation marks in order (an apostrophe inside a word belongs to the word). */
export function punctuationMarks(text: string): string[] {
  const cleaned = text.replace(/[’]/gu, "'").replace(/(?<=\p{L})'(?=\p{L})/gu, '');
  return [...cleaned].filter((char) => MARKS.test(char)).map(normaliseMark);
}

function normaliseMark(mark: string): string {
  if (mark === '“' || mark === '”') return '"';
  if (mark === '–') return '-';
  return mark;
}

/** Levenshtein alignment of two word lists, with a backtrace. */
export function align<T>(
  target: readonly T[],
  said: readonly T[],
  same: (a: T, b: T) => boolean,
): (
  | { op: 'match' | 'substituted'; t: T; s: T }
  | { op: 'missing'; t: T }
  | { op: 'extra'; s: T }
)[] {
  const rows = target.length + 1;
  const cols = said.length + 1;
  const cost = new Uint32Array(rows * cols);
  for (let i = 0; i < rows; i += 1) cost[i * cols] = i;
  for (let j = 0; j < cols; j += 1) cost[j] = j;
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const diagonal =
        (cost[(i - 1) * cols + j - 1] as number) +
        (same(target[i - 1] as T, said[j - 1] as T) ? 0 : 1);
      const up = (cost[(i - 1) * cols + j] as number) + 1;
      const left = (cost[i * cols + j - 1] as number) + 1;
      cost[i * cols + j] = Math.min(diagonal, up, left);
    }
  }
  const steps: ReturnType<typeof align<T>> = [];
  let i = target.length;
  let j = said.length;
  // Backtrace: a match first, then a missing or extra word, and a substitution last, so that
  // "Go home now" / "Go to home" reads as one extra and one missing word, not two substitutions.
  while (i > 0 || j > 0) {
    const here = cost[i * cols + j] as number;
    const t = target[i - 1] as T;
    const s = said[j - 1] as T;
    const diagonal = i > 0 && j > 0 ? (cost[(i - 1) * cols + j - 1] as number) : -1;
    if (i > 0 && j > 0 && same(t, s) && here === diagonal) {
      steps.push({ op: 'match', t, s });
      i -= 1;
      j -= 1;
    } else if (i > 0 && here === (cost[(i - 1) * cols + j] as number) + 1) {
      steps.push({ op: 'missing', t });
      i -= 1;
    } else if (j > 0 && here === (cost[i * cols + j - 1] as number) + 1) {
      steps.push({ op: 'extra', s });
      j -= 1;
    } else {
      steps.push({ op: 'substituted', t, s });
      i -= 1;
      j -= 1;
    }
  }
  return steps.reverse();
}

const percent = (errors: number, total: number) =>
  total === 0 ? (errors === 0 ? 100 : 0) : Math.max(0, Math.round((1 - errors / total) * 100));

export function scoreDictation(target: string, said: string): DictationScore {
  const targetWords = scoringWords(target);
  const saidWords = scoringWords(said);
  const steps = align(targetWords, saidWords, (a, b) => a.key === b.key);
  const alignment: AlignedWord[] = steps.map((step) => {
    if (step.op === 'missing') return { op: 'missing', target: step.t.shown };
    if (step.op === 'extra') return { op: 'extra', said: step.s.shown };
    return { op: step.op, target: step.t.shown, said: step.s.shown };
  });
  const count = (op: AlignedWord['op']) => alignment.filter((a) => a.op === op).length;
  const substituted = count('substituted');
  const missing = count('missing');
  const extra = count('extra');
  const targetMarks = punctuationMarks(target);
  const saidMarks = punctuationMarks(said);
  const markErrors = align(targetMarks, saidMarks, (a, b) => a === b).filter(
    (step) => step.op !== 'match',
  ).length;
  return {
    accuracy: percent(substituted + missing + extra, targetWords.length),
    punctuationAccuracy: percent(markErrors, targetMarks.length),
    targetWords: targetWords.length,
    saidWords: saidWords.length,
    substituted,
    missing,
    extra,
    alignment,
  };
}

/** Words per minute, to the nearest whole word; 0 when no time has passed. */
export function wordsPerMinute(words: number, milliseconds: number): number {
  if (milliseconds <= 0 || words === 0) return 0;
  return Math.round(words / (milliseconds / 60_000));
}
