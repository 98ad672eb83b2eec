import { z } from 'zod/mini';
import { defineCheck } from '../exercises/check-registry';
import type { PracticeEvent } from '../exercises/events';

/** Checks satisfied by the OCR half of Read aloud (choosing a page, checking what OCR read). */

const SOURCES = ['sample', 'file', 'paste', 'drop', 'camera'] as const;
const atLeast = z._default(z.int().check(z.minimum(1), z.maximum(50)), 1);

type Recognised = Extract<PracticeEvent, { type: 'ocr/recognised' }>;
const recognised = (events: readonly PracticeEvent[]) =>
  events.filter((event): event is Recognised => event.type === 'ocr/recognised');

export const ocrRecognised = defineCheck({
  id: 'ocr-recognised',
  description:
    'OCR read a page; optional "source" ("sample", "file", "paste", "drop" or "camera": "file" means the person\'s own photo, "camera" a picture taken with "Use camera"), "sampleId" (such as "phone-photo"), "minWords", "format" ("pdf": a PDF, read from its text or by OCR; "heic": an iPhone photo), "minPages" (a document of at least this many pages)',
  params: z.strictObject({
    source: z.optional(z.enum(SOURCES)),
    sampleId: z.optional(z.string()),
    minWords: z.optional(z.int().check(z.minimum(1))),
    format: z.optional(z.enum(['heic', 'pdf'])),
    minPages: z.optional(z.int().check(z.minimum(2), z.maximum(30))),
  }),
  evaluate: (events, { source, sampleId, minWords, format, minPages }) =>
    recognised(events).some(
      (event) =>
        (source === undefined || event.source === source) &&
        (sampleId === undefined || event.sampleId === sampleId) &&
        (minWords === undefined || event.words >= minWords) &&
        (format === undefined || event.format === format) &&
        (minPages === undefined || (event.pages ?? 1) >= minPages),
    ),
});

export const ocrPagesCompared = defineCheck({
  id: 'ocr-pages-compared',
  description:
    'OCR read at least "atLeast" different pages (samples or the person\'s own; default 2)',
  params: z.strictObject({ atLeast: z._default(z.int().check(z.minimum(2), z.maximum(10)), 2) }),
  evaluate: (events, { atLeast: wanted }) =>
    new Set(recognised(events).map((event) => event.sampleId ?? `own-${event.at}`)).size >= wanted,
});

export const ocrWordChecked = defineCheck({
  id: 'ocr-word-checked',
  description: 'the person looked at "atLeast" words marked "check this word" (default 1)',
  params: z.strictObject({ atLeast }),
  evaluate: (events, { atLeast: wanted }) =>
    events.filter((event) => event.type === 'ocr/word-checked').length >= wanted,
});

export const ocrWordCorrected = defineCheck({
  id: 'ocr-word-corrected',
  description: 'the person corrected "atLeast" words that OCR was unsure of (default 1)',
  params: z.strictObject({ atLeast }),
  evaluate: (events, { atLeast: wanted }) =>
    events.filter((event) => event.type === 'ocr/word-corrected').length >= wanted,
});

export const ocrRotated = defineCheck({
  id: 'ocr-rotated',
  description:
    'the page was turned; optional "automatic" (true: the app straightened a tilted photo or turned an upside-down page itself, false: the person pressed a rotate button)',
  params: z.strictObject({ automatic: z.optional(z.boolean()) }),
  evaluate: (events, { automatic }) =>
    events.some(
      (event) =>
        event.type === 'ocr/rotated' && (automatic === undefined || event.automatic === automatic),
    ),
});

export const ocrChecks = [
  ocrRecognised,
  ocrPagesCompared,
  ocrWordChecked,
  ocrWordCorrected,
  ocrRotated,
];
