import { describe, expect, it } from 'vitest';
import { allChecks } from '../../src/domain/checks/all-checks';
import {
  sceneTaskDone,
  visionCompared,
  visionConditionTried,
  visionSupportTried,
} from '../../src/domain/checks/vision-checks';
import type { PracticeEvent, PracticeEventBody } from '../../src/domain/exercises/events';
import type { ConditionId } from '../../src/domain/vision/conditions';

const at = (bodies: PracticeEventBody[]): PracticeEvent[] =>
  bodies.map((body, i) => ({ ...body, at: 1000 + i }));

const changed = (condition: ConditionId, severity: number): PracticeEventBody => ({
  type: 'vision/changed',
  condition,
  severity,
});

describe('vision checks', () => {
  it('are registered', () => {
    for (const id of [
      'vision-condition-tried',
      'vision-compared',
      'vision-support-tried',
      'scene-task-done',
    ]) {
      expect(allChecks.get(id)).toBeDefined();
    }
  });

  it.each([
    [{}, [changed('none', 1)], false],
    [{}, [changed('blur', 0)], false],
    [{}, [changed('blur', 0.2)], true],
    [{ condition: 'tunnel' }, [changed('blur', 0.9)], false],
    [{ condition: 'tunnel', atLeast: 0.5 }, [changed('tunnel', 0.4)], false],
    [{ condition: 'tunnel', atLeast: 0.5 }, [changed('tunnel', 0.4), changed('tunnel', 0.5)], true],
  ] as const)('vision-condition-tried %o', (params, events, expected) => {
    const parsed = visionConditionTried.params.parse(params);
    expect(visionConditionTried.evaluate(at([...events]), parsed)).toBe(expected);
  });

  it('vision-compared needs every listed condition above 0', () => {
    const params = visionCompared.params.parse({
      conditions: ['protanopia', 'deuteranopia', 'tritanopia'],
    });
    expect(
      visionCompared.evaluate(at([changed('protanopia', 1), changed('deuteranopia', 1)]), params),
    ).toBe(false);
    expect(
      visionCompared.evaluate(
        at([changed('protanopia', 1), changed('deuteranopia', 1), changed('tritanopia', 0)]),
        params,
      ),
    ).toBe(false);
    expect(
      visionCompared.evaluate(
        at([changed('protanopia', 1), changed('deuteranopia', 1), changed('tritanopia', 0.3)]),
        params,
      ),
    ).toBe(true);
    expect(() => visionCompared.params.parse({ conditions: ['protanopia'] })).toThrow();
    expect(() => visionCompared.params.parse({ conditions: ['sunburn', 'blur'] })).toThrow();
  });

  it('vision-support-tried matches condition and support when given', () => {
    const events = at([
      { type: 'vision/support-tried', condition: 'deuteranopia', support: 'key-words' },
    ]);
    expect(visionSupportTried.evaluate(events, visionSupportTried.params.parse({}))).toBe(true);
    expect(
      visionSupportTried.evaluate(
        events,
        visionSupportTried.params.parse({ support: 'key-words' }),
      ),
    ).toBe(true);
    expect(
      visionSupportTried.evaluate(
        events,
        visionSupportTried.params.parse({ condition: 'cataract' }),
      ),
    ).toBe(false);
  });

  it('scene-task-done filters by scene, task, tool, condition and zoom', () => {
    const events = at([
      {
        type: 'scene/task-done',
        sceneId: 'timetable',
        taskId: 'y8-thursday-science',
        tool: 'vision',
        condition: 'tunnel',
      },
      {
        type: 'scene/task-done',
        sceneId: 'worksheet',
        taskId: 'roots-label',
        tool: 'magnifier',
        zoom: 4,
      },
    ]);
    const check = (params: object) =>
      sceneTaskDone.evaluate(events, sceneTaskDone.params.parse(params));
    expect(check({})).toBe(true);
    expect(check({ sceneId: 'timetable', tool: 'vision', condition: 'tunnel' })).toBe(true);
    expect(check({ sceneId: 'timetable', condition: 'blur' })).toBe(false);
    expect(check({ taskId: 'roots-label', minZoom: 4 })).toBe(true);
    expect(check({ taskId: 'roots-label', minZoom: 8 })).toBe(false);
    expect(check({ sceneId: 'reading' })).toBe(false);
  });
});

describe('vision checks that prove the whole step (issue 13)', () => {
  const chosen = (
    condition: ConditionId,
    severity: number,
    side?: 'left' | 'right',
  ): PracticeEventBody => ({
    type: 'vision/changed',
    condition,
    severity,
    by: 'condition',
    ...(side ? { side } : {}),
  });
  const moved = (
    condition: ConditionId,
    severity: number,
    side?: 'left' | 'right',
  ): PracticeEventBody => ({
    type: 'vision/changed',
    condition,
    severity,
    by: 'severity',
    ...(side ? { side } : {}),
  });

  it('setSeverity: choosing a condition at the kept severity is not setting it', () => {
    const params = visionConditionTried.params.parse({
      condition: 'blur',
      atLeast: 0.6,
      setSeverity: true,
    });
    expect(visionConditionTried.evaluate(at([chosen('blur', 0.6)]), params)).toBe(false);
    expect(visionConditionTried.evaluate(at([chosen('blur', 1)]), params)).toBe(false);
    expect(
      visionConditionTried.evaluate(at([chosen('blur', 0.6), moved('blur', 0.55)]), params),
    ).toBe(false);
    expect(
      visionConditionTried.evaluate(at([chosen('blur', 0.6), moved('blur', 0.65)]), params),
    ).toBe(true);
  });

  it('side: hemianopia on the named side only', () => {
    const params = visionConditionTried.params.parse({
      condition: 'hemianopia',
      atLeast: 0.8,
      setSeverity: true,
      side: 'right',
    });
    expect(visionConditionTried.evaluate(at([moved('hemianopia', 0.9, 'left')]), params)).toBe(
      false,
    );
    expect(visionConditionTried.evaluate(at([moved('hemianopia', 0.9, 'right')]), params)).toBe(
      true,
    );
  });

  it('scene-task-done can need the severity and the side in force when the task was done', () => {
    const params = sceneTaskDone.params.parse({
      taskId: 'fire-street',
      condition: 'hemianopia',
      atLeast: 0.8,
      side: 'right',
    });
    const task = (severity: number, side: 'left' | 'right'): PracticeEventBody => ({
      type: 'scene/task-done',
      sceneId: 'reading',
      taskId: 'fire-street',
      tool: 'vision',
      condition: 'hemianopia',
      severity,
      side,
    });
    expect(sceneTaskDone.evaluate(at([task(0.5, 'right')]), params)).toBe(false);
    expect(sceneTaskDone.evaluate(at([task(0.9, 'left')]), params)).toBe(false);
    expect(sceneTaskDone.evaluate(at([task(0.9, 'right')]), params)).toBe(true);
  });
});
