import { z } from 'zod/mini';
import { defineCheck } from '../exercises/check-registry';
import type { EventOf, PracticeEvent } from '../exercises/events';
import { passageKey } from './dictation-checks';

/** Checks satisfied by what a person does in the live captions tool. */

const via = z.optional(z.enum(['voice', 'typed']));

const lines = (events: readonly PracticeEvent[]) =>
  events.filter((event): event is EventOf<'captions/line'> => event.type === 'captions/line');

export const captionsWords = defineCheck({
  id: 'captions-words',
  description:
    'at least "atLeast" words were captioned in total; optional "via" is "voice" or "typed" (typed into "Say this")',
  params: z.strictObject({ atLeast: z.int().check(z.minimum(1), z.maximum(10000)), via }),
  evaluate: (events, params) =>
    lines(events)
      .filter((event) => params.via === undefined || event.via === params.via)
      .reduce((total, event) => total + event.words, 0) >= params.atLeast,
});

export const PRESENTATION_SETTINGS = ['size', 'lines', 'position', 'colours'] as const;

export const captionsPresentation = defineCheck({
  id: 'captions-presentation',
  description: `the person changed how captions look ("setting": one of ${PRESENTATION_SETTINGS.join(', ')}); optional "value" it must be set to (a colour pair id such as "yellow-on-black", "top" or "bottom", a number of lines), or "atLeast" for size and lines`,
  params: z.strictObject({
    setting: z.enum(PRESENTATION_SETTINGS),
    value: z.optional(z.union([z.string().check(z.minLength(1)), z.number()])),
    atLeast: z.optional(z.number()),
  }),
  evaluate: (events, params) =>
    events.some(
      (event) =>
        event.type === 'captions/presentation-changed' &&
        event.setting === params.setting &&
        (params.value === undefined || event.value === params.value) &&
        (params.atLeast === undefined ||
          (typeof event.value === 'number' && event.value >= params.atLeast)),
    ),
});

export const captionsPupilView = defineCheck({
  id: 'captions-pupil-view',
  description:
    'a pupil view window was opened and connected, then at least "linesAfter" caption lines (default 1) were shown in it',
  params: z.strictObject({
    linesAfter: z._default(z.int().check(z.minimum(0), z.maximum(100)), 1),
  }),
  evaluate: (events, { linesAfter }) => {
    const connected = events.findIndex((event) => event.type === 'captions/pupil-view-connected');
    if (connected < 0) return false;
    return lines(events.slice(connected + 1)).length >= linesAfter;
  },
});

export const captionsExpectedWords = defineCheck({
  id: 'captions-expected-words',
  description:
    'at least "atLeast" different entries of the "Words to expect" list appeared in the captions',
  params: z.strictObject({ atLeast: z.int().check(z.minimum(1), z.maximum(50)) }),
  evaluate: (events, { atLeast }) => {
    const seen = new Set<string>();
    for (const event of lines(events)) {
      for (const word of event.expected) seen.add(word.toLowerCase());
    }
    return seen.size >= atLeast;
  },
});

export const captionsAccuracy = defineCheck({
  id: 'captions-accuracy',
  description:
    'the person read a script aloud with captions on and pressed "Check caption accuracy"; the word accuracy was at least "atLeast" percent; optional "script" is the text shown in the tool (then only that script counts)',
  params: z.strictObject({
    atLeast: z.number().check(z.minimum(0), z.maximum(100)),
    script: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
  }),
  evaluate: (events, params) => {
    const key = params.script === undefined ? undefined : passageKey(params.script);
    return events.some(
      (event) =>
        event.type === 'captions/accuracy-checked' &&
        (key === undefined || event.script === key) &&
        event.accuracy >= params.atLeast,
    );
  },
});

export const captionsAccuracyMissed = defineCheck({
  id: 'captions-accuracy-missed',
  description:
    'the person checked caption accuracy against a script and the captions missed or mis-heard at least one word (seeing what captions miss)',
  params: z.strictObject({}),
  evaluate: (events) =>
    events.some((event) => event.type === 'captions/accuracy-checked' && event.missed.length > 0),
});

export const captionsTranscriptSaved = defineCheck({
  id: 'captions-transcript-saved',
  description: 'the person pressed "Save transcript" with at least "atLeast" lines (default 1)',
  params: z.strictObject({ atLeast: z._default(z.int().check(z.minimum(1)), 1) }),
  evaluate: (events, { atLeast }) =>
    events.some((event) => event.type === 'captions/transcript-saved' && event.lines >= atLeast),
});

export const captionsChecks = [
  captionsWords,
  captionsPresentation,
  captionsPupilView,
  captionsExpectedWords,
  captionsAccuracy,
  captionsAccuracyMissed,
  captionsTranscriptSaved,
];
