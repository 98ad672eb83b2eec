import { z } from 'zod/mini';
import { defineCheck } from '../exercises/check-registry';

/**
 * Check parameters use zod/mini: checks ship with the app, and the mini build
 * tree-shakes to a few kilobytes.
 *
 * Checks satisfied by actions in the app shell itself (settings, navigation, reflection). */

export const settingChanged = defineCheck({
  id: 'setting-changed',
  description: 'the person changed a setting ("theme" or "textSize")',
  params: z.strictObject({ setting: z.enum(['theme', 'textSize']) }),
  evaluate: (events, { setting }) =>
    events.some((event) => event.type === 'settings/changed' && event.setting === setting),
});

export const navigatedByKeyboard = defineCheck({
  id: 'navigated-by-keyboard',
  description:
    'the person reached a page using the keyboard; optional "to" is a route such as "/settings"',
  params: z.strictObject({ to: z.optional(z.string().check(z.startsWith('/'))) }),
  evaluate: (events, { to }) =>
    events.some(
      (event) =>
        event.type === 'shell/navigated' &&
        event.via === 'keyboard' &&
        (to === undefined || event.path === to),
    ),
});

export const reflectionWritten = defineCheck({
  id: 'reflection-written',
  description: 'the person saved a reflection of at least "minWords" words (default 5)',
  params: z.strictObject({
    minWords: z._default(z.int().check(z.minimum(1), z.maximum(200)), 5),
  }),
  evaluate: (events, { minWords }) =>
    events.some((event) => event.type === 'exercise/reflection-saved' && event.words >= minWords),
});

export const generalChecks = [settingChanged, navigatedByKeyboard, reflectionWritten];
