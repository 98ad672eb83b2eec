import { z } from 'zod/mini';
import { defineCheck } from '../exercises/check-registry';
import { SIMULATED_CONDITION_IDS } from '../vision/conditions';

/**
 * Checks satisfied in the vision simulator (src/features/vision) and in the
 * shared practice scenes. Condition ids are those of the "Simulated
 * condition" select.
 */

const condition = z.enum(SIMULATED_CONDITION_IDS);

const severity = z.number().check(z.minimum(0), z.maximum(1));

const side = z.enum(['left', 'right']);

export const visionConditionTried = defineCheck({
  id: 'vision-condition-tried',
  description:
    'the person turned on a simulated condition ("condition", or any if left out) at a severity of at least "atLeast" (0 to 1; default: above 0); optional "setSeverity": true needs the person to have moved the Severity slider to that level with the condition on (choosing the condition alone keeps the last severity); optional "side" ("left" or "right", hemianopia)',
  params: z.strictObject({
    condition: z.optional(condition),
    atLeast: z.optional(severity),
    setSeverity: z.optional(z.boolean()),
    side: z.optional(side),
  }),
  evaluate: (events, params) =>
    events.some(
      (event) =>
        event.type === 'vision/changed' &&
        event.condition !== 'none' &&
        (params.condition === undefined || event.condition === params.condition) &&
        (params.atLeast === undefined ? event.severity > 0 : event.severity >= params.atLeast) &&
        (!params.setSeverity || event.by === 'severity') &&
        (params.side === undefined || event.side === params.side),
    ),
});

export const visionCompared = defineCheck({
  id: 'vision-compared',
  description:
    'the person looked at the scene under every condition in "conditions" (a list of two or more), each at a severity above 0',
  params: z.strictObject({ conditions: z.array(condition).check(z.minLength(2)) }),
  evaluate: (events, params) =>
    params.conditions.every((wanted) =>
      events.some(
        (event) =>
          event.type === 'vision/changed' && event.condition === wanted && event.severity > 0,
      ),
    ),
});

export const visionSupportTried = defineCheck({
  id: 'vision-support-tried',
  description:
    'the person used "Try what helps"; optional "condition" (the simulation it was tried with) and "support" ("larger-text", "contrast", "key-words", "magnifier", "read-aloud")',
  params: z.strictObject({
    condition: z.optional(condition),
    support: z.optional(
      z.enum(['larger-text', 'contrast', 'key-words', 'magnifier', 'read-aloud']),
    ),
  }),
  evaluate: (events, params) =>
    events.some(
      (event) =>
        event.type === 'vision/support-tried' &&
        (params.condition === undefined || event.condition === params.condition) &&
        (params.support === undefined || event.support === params.support),
    ),
});

export const sceneTaskDone = defineCheck({
  id: 'scene-task-done',
  description:
    'the person completed a find task in a practice scene; optional "sceneId", "taskId", "tool" ("vision" or "magnifier"), "condition" (the simulation on at the time), "atLeast" (its severity, 0 to 1), "side" (hemianopia\'s lost side) and "minZoom" (the magnifier zoom at the time)',
  params: z.strictObject({
    sceneId: z.optional(z.enum(['timetable', 'worksheet', 'consent-form', 'reading'])),
    taskId: z.optional(z.string()),
    tool: z.optional(z.enum(['vision', 'magnifier'])),
    condition: z.optional(condition),
    minZoom: z.optional(z.number().check(z.minimum(1), z.maximum(16))),
    atLeast: z.optional(severity),
    side: z.optional(side),
  }),
  evaluate: (events, params) =>
    events.some(
      (event) =>
        event.type === 'scene/task-done' &&
        (params.sceneId === undefined || event.sceneId === params.sceneId) &&
        (params.taskId === undefined || event.taskId === params.taskId) &&
        (params.tool === undefined || event.tool === params.tool) &&
        (params.condition === undefined || event.condition === params.condition) &&
        (params.minZoom === undefined || (event.zoom ?? 1) >= params.minZoom) &&
        (params.atLeast === undefined || (event.severity ?? 0) >= params.atLeast) &&
        (params.side === undefined || event.side === params.side),
    ),
});

export const visionChecks = [
  visionConditionTried,
  visionCompared,
  visionSupportTried,
  sceneTaskDone,
];
