import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { allChecks } from '../../src/domain/checks/all-checks';
import { createFakeEngines, type Engines } from '../../src/engines/create-engines';
import { EnginesProvider } from '../../src/shared/engines-context';
import {
  PRACTICE_SCENES,
  ScenePicker,
  SceneTaskList,
  usePracticeScene,
} from '../../src/shared/practice-scenes';
import { createAppStore } from '../../src/store/create-app-store';
import { StoreProvider } from '../../src/store/store-context';
import { decodeRecord } from '../../src/store/sync/record-codec';

function Harness({
  onTaskDone,
  withCopy = false,
  initialSceneId,
}: {
  onTaskDone?: (sceneId: string, taskId: string) => void;
  withCopy?: boolean;
  initialSceneId?: string;
}) {
  const { scene, setSceneId, done, sceneProps } = usePracticeScene({
    storageKey: 'test',
    ...(initialSceneId ? { initialSceneId } : {}),
    ...(onTaskDone ? { onTaskDone } : {}),
  });
  return (
    <>
      <ScenePicker sceneId={scene.id} onChange={setSceneId} />
      <SceneTaskList scene={scene} done={done} />
      <div data-testid="real">
        <scene.Scene {...sceneProps} />
      </div>
      {withCopy && (
        <div data-testid="copy">
          <scene.Scene {...sceneProps} copy />
        </div>
      )}
    </>
  );
}

async function renderHarness(props: Parameters<typeof Harness>[0] = {}, engines?: Engines) {
  const used = engines ?? createFakeEngines();
  await act(async () => {
    // A new store on the same engines is a reload: it reads what the last one saved.
    const store = createAppStore({ engines: used, exercises: [], checks: allChecks });
    render(
      <EnginesProvider engines={used}>
        <StoreProvider store={store}>
          <Harness {...props} />
        </StoreProvider>
      </EnginesProvider>,
    );
  });
  return used;
}

const taskItem = (text: RegExp) =>
  within(screen.getByRole('region', { name: /^Find tasks/ }))
    .getAllByRole('listitem')
    .find((item) => text.test(item.textContent ?? '')) as HTMLElement;

describe('practice scenes', { timeout: 20_000 }, () => {
  it('every scene has a unique id, tasks, and starts with no task done', () => {
    const ids = PRACTICE_SCENES.map((scene) => scene.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['timetable', 'worksheet', 'consent-form', 'reading']);
    for (const scene of PRACTICE_SCENES) {
      expect(scene.tasks.length).toBeGreaterThan(0);
      expect(scene.tasks.filter((task) => task.isDone(scene.initialState))).toEqual([]);
      expect(scene.isState(scene.initialState)).toBe(true);
    }
    expect(PRACTICE_SCENES.filter((scene) => scene.densest).map((s) => s.id)).toEqual([
      'timetable',
    ]);
  });

  it("timetable: finds Year 8's Thursday science lesson with the arrow keys alone", async () => {
    const user = userEvent.setup();
    const onTaskDone = vi.fn();
    await renderHarness({ onTaskDone });
    await user.tab(); // Practice scene select
    await user.tab(); // the table's scroll region
    await user.tab(); // the one lesson in the Tab order
    expect(document.activeElement).toHaveAttribute('data-lesson', 'y7-mon-1');
    await user.keyboard('{ArrowRight}');
    for (let i = 0; i < 17; i += 1) await user.keyboard('{ArrowDown}'); // Thursday P3 is row 18
    expect(document.activeElement).toHaveAttribute('data-lesson', 'y8-thu-3');
    expect(document.activeElement).toHaveTextContent('Science');
    await user.keyboard('{Enter}');
    expect(document.activeElement).toHaveAttribute('aria-pressed', 'true');
    expect(onTaskDone).toHaveBeenCalledWith('timetable', 'y8-thursday-science');
    expect(taskItem(/Year 8's Thursday/)).toHaveTextContent('Done');
    // Tab leaves the table in one press (roving focus), to the room answer.
    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole('textbox', { name: 'Room for Year 10, Monday period 3' }),
    );
    await user.keyboard('H2');
    expect(onTaskDone).toHaveBeenCalledWith('timetable', 'y10-monday-p3-room');
  });

  it('a copy is inert, hidden, focus-free, with its own ids, and stays in step', async () => {
    const user = userEvent.setup();
    const onTaskDone = vi.fn();
    await renderHarness({ onTaskDone, withCopy: true, initialSceneId: 'consent-form' });
    const copyRoot = screen.getByTestId('copy').firstElementChild as HTMLElement;
    expect(copyRoot).toHaveAttribute('aria-hidden', 'true');
    expect(copyRoot).toHaveAttribute('inert');
    expect(copyRoot).toHaveAttribute('data-scene-copy');
    for (const element of copyRoot.querySelectorAll(
      'a, button, input, select, textarea, [tabindex]',
    )) {
      expect(element.getAttribute('tabindex')).toBe('-1');
    }
    const allIds = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(allIds).size).toBe(allIds.length);

    // Only the real scene is reachable by role (the copy is hidden).
    expect(screen.getAllByRole('textbox', { name: "Child's full name" })).toHaveLength(1);
    await user.type(screen.getByRole('textbox', { name: "Child's full name" }), 'Maya Hussain');
    const copyName = copyRoot.querySelector<HTMLInputElement>('[data-scene-part="childName"]');
    expect(copyName?.value).toBe('Maya Hussain');
    expect(onTaskDone).toHaveBeenCalledTimes(1);

    // Nothing done in the copy reaches the state or the callbacks.
    const copyButton = copyRoot.querySelector('[data-scene-part="submit"]') as HTMLElement;
    copyButton.click();
    expect(screen.queryByText('There is a problem')).not.toBeInTheDocument();
    expect(onTaskDone).toHaveBeenCalledTimes(1);
  });

  it.each(PRACTICE_SCENES.map((scene) => [scene.id, scene] as const))(
    '%s: a copy beside the real scene has no focusable element, no clashing id, no callbacks',
    async (_id, scene) => {
      const onStateChange = vi.fn();
      const onTaskDone = vi.fn();
      const props = { state: scene.initialState, onStateChange, onTaskDone };
      render(
        <>
          <scene.Scene {...props} />
          <div data-testid="copy-a">
            <scene.Scene {...props} copy />
          </div>
          <div data-testid="copy-b">
            <scene.Scene {...props} copy />
          </div>
        </>,
      );
      for (const testId of ['copy-a', 'copy-b']) {
        const root = screen.getByTestId(testId).firstElementChild as HTMLElement;
        expect(root).toHaveAttribute('aria-hidden', 'true');
        expect(root).toHaveAttribute('inert');
        const focusable = root.querySelectorAll<HTMLElement>(
          'a[href], button, input, select, textarea, [tabindex]',
        );
        expect(focusable.length).toBeGreaterThan(0);
        for (const element of focusable) expect(element.tabIndex).toBe(-1);
        for (const element of root.querySelectorAll<HTMLElement>('button, input')) element.click();
      }
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(onStateChange).not.toHaveBeenCalled();
      expect(onTaskDone).not.toHaveBeenCalled();
    },
  );

  it('consent form: errors in plain words, then sent once complete', async () => {
    const user = userEvent.setup();
    const onTaskDone = vi.fn();
    await renderHarness({ onTaskDone, initialSceneId: 'consent-form' });
    const form = screen.getByRole('form', { name: 'Trip consent form' });
    await user.click(within(form).getByRole('button', { name: 'Send consent form' }));
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Enter your child's full name" })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: "Child's full name" })).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    await user.type(screen.getByRole('textbox', { name: "Child's full name" }), 'Maya Hussain');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Class' }), '6 Ash');
    await user.click(screen.getByRole('radio', { name: 'Yes, my child can go' }));
    await user.click(screen.getByRole('checkbox', { name: /I give consent/ }));
    await user.type(
      screen.getByRole('textbox', { name: 'Your name (parent or carer)' }),
      'Sara Hussain',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Phone number on the day of the trip' }),
      '07700 900123{Enter}',
    );
    expect(screen.getByRole('heading', { name: 'Consent form sent' })).toBeInTheDocument();
    expect(onTaskDone.mock.calls.map((call) => call[1])).toEqual([
      'child-name',
      'choose-class',
      'send-form',
    ]);
  });

  it('worksheet and reading passage: tasks complete from their controls', async () => {
    const user = userEvent.setup();
    const onTaskDone = vi.fn();
    await renderHarness({ onTaskDone, initialSceneId: 'worksheet' });
    await user.click(screen.getByRole('button', { name: 'Roots' }));
    await user.click(screen.getByRole('button', { name: 'Leaf' }));
    expect(screen.getByRole('button', { name: 'Leaf' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Roots' })).toHaveAttribute('aria-pressed', 'false');
    // Done stays done after the selection moves on.
    expect(taskItem(/label for the roots/)).toHaveTextContent('Done');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Practice scene' }), 'reading');
    await user.click(screen.getByRole('radio', { name: '1666' }));
    await user.click(screen.getByRole('button', { name: 'diary' }));
    expect(screen.getByRole('button', { name: 'diary' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/writes what happens to them each day/)).toBeVisible();
    expect(onTaskDone.mock.calls).toEqual([
      ['worksheet', 'roots-label'],
      ['worksheet', 'makes-food'],
      ['reading', 'fire-year'],
      ['reading', 'glossary-diary'],
    ]);
  });

  it('saves what was typed and restores it, with its tasks done, after a reload', async () => {
    const user = userEvent.setup();
    const engines = createFakeEngines();
    await renderHarness({ initialSceneId: 'timetable' }, engines);
    await user.type(
      screen.getByRole('textbox', { name: 'Room for Year 10, Monday period 3' }),
      'h2',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Practice scene' }), 'worksheet');
    await waitFor(async () =>
      expect(decodeRecord(await engines.storage.getItem('test:scene'))?.state).toBe('worksheet'),
    );
    document.body.innerHTML = '';

    await renderHarness({}, engines);
    expect(screen.getByRole('combobox', { name: 'Practice scene' })).toHaveValue('worksheet');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Practice scene' }), 'timetable');
    expect(screen.getByRole('textbox', { name: 'Room for Year 10, Monday period 3' })).toHaveValue(
      'h2',
    );
    expect(taskItem(/Year 10 in on Monday/)).toHaveTextContent('Done');
  });
});
