/**
 * Estimated word timing, for voices that never send boundary events (every
 * speech-dispatcher voice on Linux, many remote voices). Time is spread over
 * a chunk's characters, with extra weight for the pauses punctuation makes,
 * and the speed is corrected at the end of each chunk from how long the
 * chunk really took.
 */

/** At rate 1: 175 words a minute at about 6 characters a word, as espeak-ng and most voices speak. */
export const DEFAULT_MS_PER_UNIT = 60_000 / (175 * 6);

/** Extra weight, in characters, for the pause after punctuation. */
const PAUSE_UNITS: [RegExp, number][] = [
  [/[.!?…]/u, 6],
  [/[,;:–—]/u, 3],
  [/\n/u, 4],
];

function unitsOf(char: string): number {
  for (const [pattern, units] of PAUSE_UNITS) if (pattern.test(char)) return 1 + units;
  return 1;
}

/** Weighted length of `text[from, to)`. */
export function weightedUnits(text: string, from = 0, to = text.length): number {
  let units = 0;
  for (let i = from; i < to; i += 1) units += unitsOf(text[i] as string);
  return units;
}

/**
 * When each word should start, in ms from the start of the chunk. `wordStarts`
 * are offsets of the words inside `text`.
 */
export function estimateWordTimes(
  text: string,
  wordStarts: readonly number[],
  rate: number,
  msPerUnit = DEFAULT_MS_PER_UNIT,
): number[] {
  const perUnit = msPerUnit / rate;
  let units = 0;
  let at = 0;
  return wordStarts.map((start) => {
    units += weightedUnits(text, at, start);
    at = start;
    return Math.round(units * perUnit);
  });
}

/** Estimated length of the whole chunk in ms. */
export function estimateDuration(text: string, rate: number, msPerUnit = DEFAULT_MS_PER_UNIT) {
  return Math.round((weightedUnits(text) * msPerUnit) / rate);
}

/** Voices vary between about half and twice the default speed; outside that the measure was wrong. */
const MIN_MS_PER_UNIT = DEFAULT_MS_PER_UNIT / 2.5;
const MAX_MS_PER_UNIT = DEFAULT_MS_PER_UNIT * 2.5;

/**
 * The speed to use for the next chunk, from how long this one took. Halfway
 * between the old estimate and the measure, so one odd chunk (a pause while
 * the voice loaded) cannot throw the highlight far off.
 */
export function correctMsPerUnit(
  current: number,
  measuredMs: number,
  text: string,
  rate: number,
): number {
  const units = weightedUnits(text);
  if (units < 20 || measuredMs <= 0) return current;
  const measured = (measuredMs * rate) / units;
  const blended = (current + measured) / 2;
  return Math.min(MAX_MS_PER_UNIT, Math.max(MIN_MS_PER_UNIT, blended));
}

/** The index of the word being said `elapsedMs` into a chunk, given the words' start times. */
export function wordAtTime(times: readonly number[], elapsedMs: number): number {
  let found = -1;
  for (let i = 0; i < times.length; i += 1) {
    if ((times[i] as number) <= elapsedMs) found = i;
    else break;
  }
  return found;
}
