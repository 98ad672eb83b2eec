import { z } from 'zod/mini';
import { defineCheck } from '../exercises/check-registry';
import type { PracticeEvent } from '../exercises/events';

/** Checks satisfied by what a person does in the dictation tool. */

/** Every spoken command, by id (the dictation feature's catalogue describes each one). */
export const COMMAND_IDS = [
  'full-stop',
  'comma',
  'question-mark',
  'exclamation-mark',
  'colon',
  'semicolon',
  'dash',
  'hyphen',
  'open-quote',
  'close-quote',
  'open-bracket',
  'close-bracket',
  'apostrophe',
  'new-line',
  'new-paragraph',
  'caps-on',
  'caps-off',
  'all-caps',
  'no-space',
  'delete-that',
  'undo-that',
  'delete-last-word',
  'select',
  'capitalise-that',
  'stop-listening',
] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

/** How a person corrected their text. */
export const CORRECTION_KINDS = [
  'delete-that',
  'undo-that',
  'delete-last-word',
  'select-and-replace',
  'select-and-delete',
  'capitalise-that',
  'typed',
] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export type DictationVia = 'voice' | 'typed';

/**
 * A short, stable key for a target passage (FNV-1a over its words), so that a
 * score event names the passage it was for without carrying the whole text.
 */
export function passageKey(passage: string): string {
  const words = passage
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean)
    .join(' ');
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i += 1) {
    hash ^= words.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

const via = z.optional(z.enum(['voice', 'typed']));

function scored(events: readonly PracticeEvent[], passage: string | undefined) {
  const key = passage === undefined ? undefined : passageKey(passage);
  return events.filter(
    (event): event is Extract<PracticeEvent, { type: 'dictation/scored' }> =>
      event.type === 'dictation/scored' && (key === undefined || event.passage === key),
  );
}

export const dictationWords = defineCheck({
  id: 'dictation-words',
  description:
    'the person dictated at least "atLeast" words in total; optional "via" is "voice" or "typed"',
  params: z.strictObject({ atLeast: z.int().check(z.minimum(1), z.maximum(5000)), via }),
  evaluate: (events, params) => {
    let total = 0;
    for (const event of events) {
      if (event.type !== 'dictation/utterance') continue;
      if (params.via !== undefined && event.via !== params.via) continue;
      total += event.words;
    }
    return total >= params.atLeast;
  },
});

export const dictationCommandUsed = defineCheck({
  id: 'dictation-command-used',
  description: `the person used a spoken command ("command": one of ${COMMAND_IDS.join(', ')}) at least "atLeast" times (default 1)`,
  params: z.strictObject({
    command: z.enum(COMMAND_IDS),
    atLeast: z._default(z.int().check(z.minimum(1), z.maximum(50)), 1),
    via,
  }),
  evaluate: (events, params) =>
    events.filter(
      (event) =>
        event.type === 'dictation/command' &&
        event.command === params.command &&
        (params.via === undefined || event.via === params.via),
    ).length >= params.atLeast,
});

export const dictationCommandPair = defineCheck({
  id: 'dictation-command-pair',
  description:
    'the person used the command "first" and after it the command "second" (such as open-quote … close-quote, or caps-on … caps-off)',
  params: z.strictObject({ first: z.enum(COMMAND_IDS), second: z.enum(COMMAND_IDS), via }),
  evaluate: (events, params) => {
    let opened = false;
    for (const event of events) {
      if (event.type !== 'dictation/command') continue;
      if (params.via !== undefined && event.via !== params.via) continue;
      if (opened && event.command === params.second) return true;
      if (event.command === params.first) opened = true;
    }
    return false;
  },
});

export const dictationCorrected = defineCheck({
  id: 'dictation-corrected',
  description: `the person corrected their text; optional "how" is one of ${CORRECTION_KINDS.join(', ')}; optional "thenDictated": true needs more dictation after the correction`,
  params: z.strictObject({
    how: z.optional(z.enum(CORRECTION_KINDS)),
    thenDictated: z.optional(z.boolean()),
  }),
  evaluate: (events, { how, thenDictated }) => {
    const first = events.findIndex(
      (event) => event.type === 'dictation/corrected' && (how === undefined || event.how === how),
    );
    if (first < 0) return false;
    return !thenDictated || events.slice(first + 1).some((e) => e.type === 'dictation/utterance');
  },
});

/**
 * Whether the text scored at `index` was corrected by voice: since the check
 * before it, at least one spoken correction and no typing in the text.
 */
function correctedByVoiceBefore(events: readonly PracticeEvent[], index: number): boolean {
  let byVoice = false;
  for (let i = index - 1; i >= 0; i -= 1) {
    const event = events[i];
    if (!event || event.type === 'dictation/scored') break;
    if (event.type !== 'dictation/corrected') continue;
    if (event.how === 'typed') return false;
    byVoice = true;
  }
  return byVoice;
}

export const dictationAccuracy = defineCheck({
  id: 'dictation-accuracy',
  description:
    'the person pressed "Check my dictation" and scored a word accuracy of at least "atLeast" percent; "passage" is the target text shown in the tool; optional "punctuationAtLeast" percent; optional "correctedByVoice": true needs, since the check before, a spoken correction and no typing in the text',
  params: z.strictObject({
    atLeast: z.number().check(z.minimum(0), z.maximum(100)),
    passage: z.string().check(z.minLength(1), z.maxLength(2000)),
    punctuationAtLeast: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
    correctedByVoice: z.optional(z.boolean()),
  }),
  evaluate: (events, params) => {
    const key = passageKey(params.passage);
    return events.some(
      (event, index) =>
        event.type === 'dictation/scored' &&
        event.passage === key &&
        event.accuracy >= params.atLeast &&
        (params.punctuationAtLeast === undefined ||
          event.punctuationAccuracy >= params.punctuationAtLeast) &&
        (!params.correctedByVoice || correctedByVoiceBefore(events, index)),
    );
  },
});

export const dictationImproved = defineCheck({
  id: 'dictation-improved',
  description:
    'the person checked the same "passage" twice or more and a later word accuracy beat an earlier one (or reached 100%)',
  params: z.strictObject({ passage: z.optional(z.string().check(z.minLength(1))) }),
  evaluate: (events, { passage }) => {
    const attempts = scored(events, passage);
    return attempts.some(
      (later, i) =>
        i > 0 &&
        attempts
          .slice(0, i)
          .some(
            (earlier) =>
              earlier.passage === later.passage &&
              (later.accuracy > earlier.accuracy || later.accuracy === 100),
          ),
    );
  },
});

export const dictationStreamShown = defineCheck({
  id: 'dictation-stream-shown',
  description: 'the person opened the interim-versus-final results view (for trainers)',
  params: z.strictObject({}),
  evaluate: (events) => events.some((event) => event.type === 'dictation/stream-shown'),
});

export const dictationLanguageChosen = defineCheck({
  id: 'dictation-language-chosen',
  description:
    'the person chose a recognition language; optional "notEnglish": true needs a language other than English',
  params: z.strictObject({ notEnglish: z.optional(z.boolean()) }),
  evaluate: (events, { notEnglish }) =>
    events.some(
      (event) =>
        event.type === 'dictation/language-chosen' &&
        (!notEnglish || !event.language.startsWith('en')),
    ),
});

export const dictationChecks = [
  dictationWords,
  dictationCommandUsed,
  dictationCommandPair,
  dictationCorrected,
  dictationAccuracy,
  dictationImproved,
  dictationStreamShown,
  dictationLanguageChosen,
];
