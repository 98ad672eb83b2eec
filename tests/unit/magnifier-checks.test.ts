import { describe, expect, it } from 'vitest';
import { allChecks } from '../../src/domain/checks/all-checks';
import type { PracticeEvent, PracticeEventBody } from '../../src/domain/exercises/events';

const at = (events: PracticeEventBody[]): PracticeEvent[] =>
  events.map((event, index) => ({ ...event, at: 1000 + index }) as PracticeEvent);

function passes(id: string, params: Record<string, unknown>, events: PracticeEventBody[]): boolean {
  const check = allChecks.get(id);
  if (!check) throw new Error(`No check ${id}`);
  const parsed = check.params.safeParse(params);
  if (!parsed.success) throw new Error(`Bad params for ${id}: ${parsed.error.message}`);
  return check.evaluate(at(events), parsed.data);
}

const changed = (
  mode: 'lens' | 'full-screen' | 'docked',
  zoom: number,
  extra: { invert?: boolean; initial?: boolean } = {},
): PracticeEventBody => ({ type: 'magnifier/changed', mode, zoom, ...extra });

const taskDone = (taskId: string, zoom: number, sceneId = 'timetable'): PracticeEventBody => ({
  type: 'scene/task-done',
  sceneId,
  taskId,
  tool: 'magnifier',
  zoom,
});

describe('magnifier checks', () => {
  it.each<[string, string, Record<string, unknown>, PracticeEventBody[], boolean]>([
    ['mode used', 'magnifier-mode-used', { mode: 'lens' }, [changed('lens', 2)], true],
    [
      'mode used needs zoom 2× by default',
      'magnifier-mode-used',
      { mode: 'lens' },
      [changed('lens', 1)],
      false,
    ],
    [
      'the opening settings do not count',
      'magnifier-mode-used',
      { mode: 'lens' },
      [changed('lens', 4, { initial: true })],
      false,
    ],
    [
      'another mode does not count',
      'magnifier-mode-used',
      { mode: 'docked' },
      [changed('lens', 4)],
      false,
    ],
    [
      'zoom reached',
      'magnifier-zoom-reached',
      { atLeast: 4 },
      [changed('lens', 2), changed('lens', 4)],
      true,
    ],
    ['zoom not reached', 'magnifier-zoom-reached', { atLeast: 8 }, [changed('lens', 4)], false],
    [
      'zoom reached in the wrong mode',
      'magnifier-zoom-reached',
      { atLeast: 4, mode: 'full-screen' },
      [changed('lens', 4)],
      false,
    ],
    ['inverted', 'magnifier-inverted', {}, [changed('lens', 2, { invert: true })], true],
    ['not inverted', 'magnifier-inverted', {}, [changed('lens', 2, { invert: false })], false],
    [
      'task at zoom',
      'magnifier-task-done',
      { taskId: 'y8-thursday-science', minZoom: 4 },
      [taskDone('y8-thursday-science', 4)],
      true,
    ],
    [
      'task below zoom',
      'magnifier-task-done',
      { minZoom: 4 },
      [taskDone('y8-thursday-science', 3)],
      false,
    ],
    [
      'task in another scene',
      'magnifier-task-done',
      { sceneId: 'worksheet' },
      [taskDone('x', 4)],
      false,
    ],
    [
      'task in full screen (mode from the last change)',
      'magnifier-task-done',
      { mode: 'full-screen' },
      [changed('lens', 2), changed('full-screen', 4), taskDone('x', 4)],
      true,
    ],
    [
      'task done before switching mode',
      'magnifier-task-done',
      { mode: 'full-screen' },
      [changed('lens', 2), taskDone('x', 4), changed('full-screen', 4)],
      false,
    ],
    [
      'task done by the vision tool',
      'magnifier-task-done',
      {},
      [{ type: 'scene/task-done', sceneId: 'timetable', taskId: 'x', tool: 'vision' }],
      false,
    ],
  ])('%s', (_name, id, params, events, expected) => {
    expect(passes(id, params, events)).toBe(expected);
  });

  it('rejects parameters outside the magnifier range', () => {
    expect(allChecks.get('magnifier-zoom-reached')?.params.safeParse({ atLeast: 20 }).success).toBe(
      false,
    );
    expect(allChecks.get('magnifier-mode-used')?.params.safeParse({ mode: 'window' }).success).toBe(
      false,
    );
  });
});
