import { z } from 'zod/mini';
import { defineCheck } from '../exercises/check-registry';
import type { EventOf, PracticeEvent } from '../exercises/events';

/** Checks satisfied by what a person does with the magnifier (src/features/magnifier). */

const mode = z.enum(['lens', 'full-screen', 'docked']);
const zoom = z.number().check(z.minimum(1), z.maximum(16));

type MagnifierChanged = EventOf<'magnifier/changed'>;

/** The magnifier's settings at the moment of each event (from the last "magnifier/changed" before it). */
function withMagnifierState(
  events: readonly PracticeEvent[],
): { event: PracticeEvent; state: MagnifierChanged | undefined }[] {
  let state: MagnifierChanged | undefined;
  return events.map((event) => {
    if (event.type === 'magnifier/changed') state = event;
    return { event, state };
  });
}

export const magnifierModeUsed = defineCheck({
  id: 'magnifier-mode-used',
  description:
    'the person chose the magnifier mode "mode" ("lens", "full-screen" or "docked") with the zoom at least "minZoom" (default 2)',
  params: z.strictObject({ mode, minZoom: z._default(zoom, 2) }),
  evaluate: (events, params) =>
    events.some(
      (event) =>
        event.type === 'magnifier/changed' &&
        !event.initial &&
        event.mode === params.mode &&
        event.zoom >= params.minZoom,
    ),
});

export const magnifierZoomReached = defineCheck({
  id: 'magnifier-zoom-reached',
  description:
    'the person set the magnifier zoom to at least "atLeast" (1 to 16); optional "mode" limits it to one mode',
  params: z.strictObject({ atLeast: zoom, mode: z.optional(mode) }),
  evaluate: (events, params) =>
    events.some(
      (event) =>
        event.type === 'magnifier/changed' &&
        !event.initial &&
        event.zoom >= params.atLeast &&
        (params.mode === undefined || event.mode === params.mode),
    ),
});

export const magnifierInverted = defineCheck({
  id: 'magnifier-inverted',
  description: 'the person turned on "Invert colours" in the magnifier',
  params: z.strictObject({}),
  evaluate: (events) =>
    events.some(
      (event) => event.type === 'magnifier/changed' && !event.initial && event.invert === true,
    ),
});

export const magnifierTaskDone = defineCheck({
  id: 'magnifier-task-done',
  description:
    'the person completed a find task in a practice scene with the magnifier; optional "sceneId", "taskId", "minZoom" (zoom at that moment) and "mode" (the mode in use)',
  params: z.strictObject({
    sceneId: z.optional(z.string()),
    taskId: z.optional(z.string()),
    minZoom: z.optional(zoom),
    mode: z.optional(mode),
  }),
  evaluate: (events, params) =>
    withMagnifierState(events).some(
      ({ event, state }) =>
        event.type === 'scene/task-done' &&
        event.tool === 'magnifier' &&
        (params.sceneId === undefined || event.sceneId === params.sceneId) &&
        (params.taskId === undefined || event.taskId === params.taskId) &&
        (params.minZoom === undefined || (event.zoom ?? 1) >= params.minZoom) &&
        (params.mode === undefined || state?.mode === params.mode),
    ),
});

export const magnifierChecks = [
  magnifierModeUsed,
  magnifierZoomReached,
  magnifierInverted,
  magnifierTaskDone,
];
