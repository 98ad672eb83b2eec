import { z } from 'zod/mini';
import { defineCheck } from '../exercises/check-registry';
import type { ReadingPreferenceName } from '../exercises/events';

/** Checks satisfied by the read-aloud reading view (speech and reading preferences). */

const PREFERENCES = [
  'textSize',
  'lineSpacing',
  'letterSpacing',
  'tint',
  'lineFocus',
  'font',
  'voice',
  'rate',
] as const satisfies readonly ReadingPreferenceName[];

/** "en" matches "en-GB" and "en-US"; "en-GB" matches only "en-GB" (any case, "_" or "-"). */
export function languageMatches(voiceLang: string, wanted: string): boolean {
  const norm = (tag: string) => tag.toLowerCase().replace(/_/g, '-');
  const have = norm(voiceLang);
  const want = norm(wanted);
  return have === want || have.startsWith(`${want}-`);
}

const rate = z.number().check(z.minimum(0.1), z.maximum(10));

export const readAloudStarted = defineCheck({
  id: 'read-aloud-started',
  description:
    'the person started reading aloud; optional "builtIn" (true: the built-in voice, false: a browser voice), "minRate"/"maxRate" (1 is normal speed), "lang" (such as "en-GB" or "en"), "fromWordAtLeast" (0-based word index: started from a clicked word)',
  params: z.strictObject({
    builtIn: z.optional(z.boolean()),
    minRate: z.optional(rate),
    maxRate: z.optional(rate),
    lang: z.optional(z.string().check(z.regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/))),
    fromWordAtLeast: z.optional(z.int().check(z.minimum(1))),
  }),
  evaluate: (events, { builtIn, minRate, maxRate, lang, fromWordAtLeast }) =>
    events.some(
      (event) =>
        event.type === 'read-aloud/started' &&
        (builtIn === undefined || event.builtIn === builtIn) &&
        (minRate === undefined || event.rate >= minRate) &&
        (maxRate === undefined || event.rate <= maxRate) &&
        (lang === undefined || languageMatches(event.voiceLang, lang)) &&
        (fromWordAtLeast === undefined || event.fromWord >= fromWordAtLeast),
    ),
});

export const readAloudFinished = defineCheck({
  id: 'read-aloud-finished',
  description:
    'reading aloud stopped; optional "toEnd" (true: it read to the end of the text, false: the person stopped or paused it), "minWords" (at least this many words were spoken)',
  params: z.strictObject({
    toEnd: z.optional(z.boolean()),
    minWords: z.optional(z.int().check(z.minimum(1))),
  }),
  evaluate: (events, { toEnd, minWords }) =>
    events.some(
      (event) =>
        event.type === 'read-aloud/finished' &&
        (toEnd === undefined || event.toEnd === toEnd) &&
        (minWords === undefined || event.wordsSpoken >= minWords),
    ),
});

export const readAloudPreferenceChanged = defineCheck({
  id: 'read-aloud-preference-changed',
  description:
    'the person changed a reading preference ("textSize", "lineSpacing", "letterSpacing", "tint", "lineFocus", "font", "voice" or "rate"); optional "value" it was changed to (such as 3 for lineFocus, "opendyslexic" for font, "cream" for tint)',
  params: z.strictObject({
    preference: z.enum(PREFERENCES),
    value: z.optional(z.union([z.string(), z.number()])),
  }),
  evaluate: (events, { preference, value }) =>
    events.some(
      (event) =>
        event.type === 'read-aloud/preference-changed' &&
        event.preference === preference &&
        (value === undefined || String(event.value) === String(value)),
    ),
});

export const readAloudChecks = [readAloudStarted, readAloudFinished, readAloudPreferenceChanged];
