/**
 * How two tabs' versions of one record become one. `theirs` is what another
 * tab saved, `ours` what this tab is about to save, `base` what both started
 * from (undefined when this tab never saw a saved version).
 */
export type MergeRecord = (theirs: unknown, ours: unknown, base: unknown) => unknown;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Last writer wins per field: a field this tab changed since `base` is ours,
 * every other field is theirs. Not objects: this tab is the last writer.
 */
export const mergeFields: MergeRecord = (theirs, ours, base) => {
  if (!isPlainObject(theirs) || !isPlainObject(ours)) return ours;
  if (!isPlainObject(base)) return { ...theirs, ...ours };
  const merged: Record<string, unknown> = { ...theirs };
  for (const key of new Set([...Object.keys(ours), ...Object.keys(base)])) {
    if (!same(ours[key], base[key])) {
      if (key in ours) merged[key] = ours[key];
      else delete merged[key];
    }
  }
  return merged;
};

/** This tab's value, whole: for values that only make sense together (a scene's state). */
export const oursWins: MergeRecord = (_theirs, ours) => ours;

/** Per key of a map: keys only one side changed take that side; `both` decides the rest. */
export function mergeMap<T>(
  theirs: Record<string, T>,
  ours: Record<string, T>,
  base: Record<string, T> | undefined,
  both: (theirs: T, ours: T, base: T | undefined, key: string) => T,
): Record<string, T> {
  const merged: Record<string, T> = {};
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(ours)])) {
    const t = theirs[key];
    const o = ours[key];
    const b = base?.[key];
    if (o === undefined) {
      // Ours deleted it (and theirs left it alone), or it is only theirs.
      if (t !== undefined && !(b !== undefined && same(t, b))) merged[key] = t;
    } else if (t === undefined) {
      if (!(b !== undefined && same(o, b))) merged[key] = o;
    } else if (same(t, o) || same(t, b)) merged[key] = o;
    else if (same(o, b)) merged[key] = t;
    else merged[key] = both(t, o, b, key);
  }
  return merged;
}
