/**
 * Character error rate: edits (insertions, deletions, substitutions) needed to
 * turn what OCR read into the known text, over the known text's length. Line
 * breaks and runs of spaces count as one space, and typographic quotes and
 * dashes as their plain forms, so only real mis-readings count.
 */
export function normaliseForComparison(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

export function characterErrorRate(recognised: string, known: string): number {
  const reference = normaliseForComparison(known);
  const hypothesis = normaliseForComparison(recognised);
  if (reference.length === 0) return hypothesis.length === 0 ? 0 : 1;
  return editDistance(hypothesis, reference) / reference.length;
}
