import type { CheckRegistry } from './check-registry';
import type { PracticeEvent, PracticeEventBody } from './events';
import type { Exercise, ToolId } from './schema';

/**
 * What a tool reports before the person does anything: the events it emits
 * when it opens, with default settings or with any settings restored from a
 * last visit. Read from each tool's mount code, so keep it in step:
 * - every tool: the shell reports arriving at the exercise's page and at the
 *   tool's page, possibly by keyboard (src/app/layout.tsx), and the exercise
 *   page's run starts before the shell reports the arrival;
 * - magnifier: reports the restored mode, zoom and colours, marked `initial`
 *   (src/features/magnifier/use-magnifier.ts); practice-scene tasks restored
 *   as done are shown, never reported;
 * - dictation, read-aloud and vision: restore settings, text, attempts and
 *   scene state silently; nothing is recognised, read or simulated until the
 *   person asks (automatic deskew follows the person choosing a page);
 * - captions and symbols: emit only on the person's actions (a pupil view
 *   window says hello once, when it is opened, and is answered then).
 * A tool added later and not listed here is taken to emit nothing of its own.
 */
export type OpeningScenario = { name: string; events: PracticeEventBody[] };

const MAGNIFIER_MODES = ['lens', 'full-screen', 'docked'] as const;
const ZOOMS = [1, 2, 4, 8, 16];

function arrivals(exercise: Pick<Exercise, 'id' | 'tool'>): PracticeEventBody[] {
  return (['keyboard', 'pointer'] as const).flatMap((via) => [
    { type: 'shell/navigated', path: `/exercises/${exercise.id}`, via },
    { type: 'shell/navigated', path: `/tools/${exercise.tool}`, via },
  ]);
}

const TOOL_OPENING: Partial<Record<ToolId, () => OpeningScenario[]>> = {
  magnifier: () =>
    MAGNIFIER_MODES.flatMap((mode) =>
      ZOOMS.flatMap((zoom) =>
        [false, true].map((invert) => ({
          name: `magnifier restored as ${mode} at ${zoom}×${invert ? ', inverted' : ''}`,
          events: [{ type: 'magnifier/changed', mode, zoom, invert, initial: true } as const],
        })),
      ),
    ),
};

/** Every way the exercise's tool can open with the person doing nothing. */
export function openingScenarios(exercise: Pick<Exercise, 'id' | 'tool'>): OpeningScenario[] {
  const own = TOOL_OPENING[exercise.tool]?.() ?? [{ name: 'default settings', events: [] }];
  return own.map((scenario) => ({
    name: scenario.name,
    events: [...arrivals(exercise), ...scenario.events],
  }));
}

/**
 * The steps that opening the tool and doing nothing would complete, each with
 * the scenario that completes it. An honest exercise has none.
 */
export function stepsDoneOnOpening(
  exercise: Pick<Exercise, 'id' | 'tool' | 'steps'>,
  checks: CheckRegistry,
): { stepId: string; scenario: string }[] {
  const found: { stepId: string; scenario: string }[] = [];
  for (const scenario of openingScenarios(exercise)) {
    const events: PracticeEvent[] = scenario.events.map((body, i) => ({ ...body, at: i + 1 }));
    for (const step of exercise.steps) {
      if (found.some((f) => f.stepId === step.id)) continue;
      if (checks.get(step.check)?.evaluate(events, step.params)) {
        found.push({ stepId: step.id, scenario: scenario.name });
      }
    }
  }
  return found;
}
