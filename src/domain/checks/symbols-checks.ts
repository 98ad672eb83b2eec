import { z } from 'zod/mini';
import { defineCheck } from '../exercises/check-registry';

/**
 * Checks satisfied on the symbol board (src/features/symbols). Every one
 * needs something the person did: opening the board, its default settings
 * and its first page never count.
 */

const page = z.enum([
  'core',
  'food',
  'feelings',
  'classroom',
  'playground',
  'personal-care',
  'own',
]);
const count = z.int().check(z.minimum(1), z.maximum(40));

export const symbolsMessageSpoken = defineCheck({
  id: 'symbols-message-spoken',
  description:
    'the person spoke a message ("Speak message") of at least "minWords" words; optional "includes" (words the message must contain)',
  params: z.strictObject({
    minWords: count,
    includes: z.optional(z.array(z.string().check(z.minLength(1)))),
  }),
  evaluate: (events, params) =>
    events.some((event) => {
      if (event.type !== 'symbols/message-spoken' || event.words < params.minWords) return false;
      const words = ` ${event.text.toLowerCase()} `;
      return (params.includes ?? []).every((word) => words.includes(` ${word.toLowerCase()} `));
    }),
});

export const symbolsWordsChosen = defineCheck({
  id: 'symbols-words-chosen',
  description:
    'the person pressed at least "atLeast" symbols; optional "page" (where they were pressed), "via" ("pointer", "keyboard" or "scanning"), "spoken" (true: with "Speak each word" on) and "distinct" (true: different words)',
  params: z.strictObject({
    atLeast: count,
    page: z.optional(page),
    via: z.optional(z.enum(['pointer', 'keyboard', 'scanning'])),
    spoken: z.optional(z.boolean()),
    distinct: z.optional(z.boolean()),
  }),
  evaluate: (events, params) => {
    const chosen = events.filter(
      (event) =>
        event.type === 'symbols/word-chosen' &&
        (params.page === undefined || event.page === params.page) &&
        (params.via === undefined || event.via === params.via) &&
        (params.spoken === undefined || event.spoken === params.spoken),
    );
    const words = chosen.map((event) => (event.type === 'symbols/word-chosen' ? event.word : ''));
    const total = params.distinct ? new Set(words).size : words.length;
    return total >= params.atLeast;
  },
});

export const symbolsPageOpened = defineCheck({
  id: 'symbols-page-opened',
  description: 'the person opened the topic page "page" with its folder button',
  params: z.strictObject({ page }),
  evaluate: (events, params) =>
    events.some((event) => event.type === 'symbols/page-opened' && event.page === params.page),
});

export const symbolsScanningUsed = defineCheck({
  id: 'symbols-scanning-used',
  description:
    'with "Switch scanning" on, the person chose at least "atLeast" words by switch (Space or Enter); optional "maxSpeedMs" (the scan was this fast or faster)',
  params: z.strictObject({
    atLeast: count,
    maxSpeedMs: z.optional(z.number().check(z.minimum(250), z.maximum(5000))),
  }),
  evaluate: (events, params) => {
    let speed = Number.POSITIVE_INFINITY;
    let chosen = 0;
    for (const event of events) {
      if (event.type === 'symbols/scanning-changed' && event.on) speed = event.speedMs;
      if (
        event.type === 'symbols/word-chosen' &&
        event.via === 'scanning' &&
        (params.maxSpeedMs === undefined || speed <= params.maxSpeedMs)
      ) {
        chosen += 1;
      }
    }
    return chosen >= params.atLeast;
  },
});

export const symbolsTimetableUsed = defineCheck({
  id: 'symbols-timetable-used',
  description:
    'the person moved through (action "moved") or printed (action "printed") a timetable of at least "minSteps" steps; optional "view" ("now-next" or "timetable") and "ownWords" (at least this many steps in their own words)',
  params: z.strictObject({
    action: z.enum(['moved', 'printed']),
    minSteps: z.int().check(z.minimum(2), z.maximum(20)),
    view: z.optional(z.enum(['now-next', 'timetable'])),
    ownWords: z.optional(z.int().check(z.minimum(1), z.maximum(20))),
  }),
  evaluate: (events, params) =>
    events.some(
      (event) =>
        event.type === 'symbols/timetable' &&
        event.action === params.action &&
        event.steps >= params.minSteps &&
        (params.view === undefined || event.view === params.view) &&
        event.ownWords >= (params.ownWords ?? 0),
    ),
});

export const symbolsOwnWordAdded = defineCheck({
  id: 'symbols-own-word-added',
  description: 'the person added a word of their own with a symbol found by "Find a symbol"',
  params: z.strictObject({}),
  evaluate: (events) => events.some((event) => event.type === 'symbols/own-word-added'),
});

export const symbolsChecks = [
  symbolsMessageSpoken,
  symbolsWordsChosen,
  symbolsPageOpened,
  symbolsScanningUsed,
  symbolsTimetableUsed,
  symbolsOwnWordAdded,
];
