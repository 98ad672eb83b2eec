import exercises from 'virtual:exercises';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { allChecks } from '../../src/domain/checks/all-checks';
import type { PracticeEventBody } from '../../src/domain/exercises/events';
import { createFakeEngines } from '../../src/engines/create-engines';
import { createRecordingFiles } from '../../src/engines/files/files-engine';
import { createMemoryStorage } from '../../src/engines/storage/memory-storage';
import { createFakeSynthesis } from '../../src/engines/synthesis/fake-synthesis';
import { pageKeysAt } from '../../src/features/symbols/board-layout';
import type { WhenIdle } from '../../src/features/symbols/symbol-board';
import { SymbolsTool } from '../../src/features/symbols/symbols-tool';
import type { Every } from '../../src/features/symbols/use-scanning';
import { TOPICS } from '../../src/features/symbols/vocabulary';
import { AnnouncerProvider } from '../../src/shared/announcer';
import { EnginesProvider } from '../../src/shared/engines-context';
import { createAppStore } from '../../src/store/create-app-store';
import { StoreProvider } from '../../src/store/store-context';
import { renderApp } from './render-app';

const message = () => screen.getByRole('region', { name: 'Message' });
const messageWords = () =>
  within(message())
    .queryAllByRole('listitem')
    .map((li) => li.textContent)
    .filter((text) => !text?.startsWith('No words'));

/** A hand-driven interval: the test says when the scan steps. */
function manualClock() {
  let tick: (() => void) | null = null;
  const every: Every = (fn) => {
    tick = fn;
    return () => {
      if (tick === fn) tick = null;
    };
  };
  return { every, step: (n = 1) => act(() => Array.from({ length: n }, () => tick?.())) };
}

async function renderTool(every: Every, whenIdle?: WhenIdle) {
  const synthesis = createFakeSynthesis({ mode: 'manual' });
  const engines = createFakeEngines({ synthesis });
  const store = createAppStore({ engines, exercises, checks: allChecks });
  const events: PracticeEventBody[] = [];
  const emit = store.getState().emit;
  store.setState({
    emit: (event) => {
      events.push(event);
      emit(event);
    },
  });
  await act(async () => {
    render(
      <EnginesProvider engines={engines}>
        <StoreProvider store={store}>
          <AnnouncerProvider>
            <SymbolsTool every={every} {...(whenIdle ? { whenIdle } : {})} />
          </AnnouncerProvider>
        </StoreProvider>
      </EnginesProvider>,
    );
  });
  return { synthesis, events };
}

describe('symbol board', { timeout: 20_000 }, () => {
  it('is in the Main navigation and builds a message spoken through the synthesis engine', async () => {
    const synthesis = createFakeSynthesis({ mode: 'manual' });
    const user = userEvent.setup();
    await renderApp({ path: '/tools/symbols', engines: { synthesis } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Symbols' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Symbols' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('combobox', { name: 'Board size' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Scan speed' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Switch scanning' })).not.toBeChecked();
    // Opening the tool leaves focus where the page put it.
    expect(screen.getByRole('button', { name: 'Food' })).not.toHaveFocus();

    for (const word of ['I', 'want', 'more'])
      await user.click(screen.getByRole('button', { name: word }));
    expect(messageWords()).toEqual(['I', 'want', 'more']);
    await user.click(screen.getByRole('button', { name: 'Speak message' }));
    await act(async () => {});
    expect(synthesis.readings.at(-1)?.text).toBe('I want more');
    // An on-device voice, never the remote one.
    expect(synthesis.readings.at(-1)?.voiceId).toBe('browser:fake-gb');

    await user.click(screen.getByRole('button', { name: 'Delete last word' }));
    expect(messageWords()).toEqual(['I', 'want']);
    await user.click(screen.getByRole('button', { name: 'Clear message' }));
    expect(messageWords()).toEqual([]);
  });

  it('keeps the message through a reload', async () => {
    const storage = createMemoryStorage();
    const user = userEvent.setup();
    const first = await renderApp({ path: '/tools/symbols', engines: { storage } });
    for (const word of ['I', 'want', 'more'])
      await user.click(await screen.findByRole('button', { name: word }));
    await waitFor(async () => expect(await storage.getItem('symbols:message')).toContain('more'));
    first.unmount();
    await renderApp({ path: '/tools/symbols', engines: { storage } });
    await screen.findByRole('heading', { level: 1, name: 'Symbols' });
    await waitFor(() => expect(messageWords()).toEqual(['I', 'want', 'more']));
  });

  it('speaks each word when asked to, and not otherwise', async () => {
    const synthesis = createFakeSynthesis({ mode: 'manual' });
    const user = userEvent.setup();
    await renderApp({ path: '/tools/symbols', engines: { synthesis } });
    await user.click(await screen.findByRole('button', { name: 'help' }));
    await act(async () => {});
    expect(synthesis.readings).toHaveLength(0);
    await user.click(screen.getByRole('checkbox', { name: 'Speak each word' }));
    await user.click(screen.getByRole('button', { name: 'stop' }));
    await act(async () => {});
    expect(synthesis.readings.map((r) => r.text)).toEqual(['stop']);
  });

  it('opens topic pages by folder, keeps the first row in place, and goes Back to core', async () => {
    const user = userEvent.setup();
    await renderApp({ path: '/tools/symbols' });
    const firstRow = () =>
      Array.from(
        document.querySelectorAll(
          '.symbols-grid:not([hidden]) .symbols-grid__row:first-child button',
        ),
      ).map((b) => b.textContent);
    const coreFirst = firstRow();
    await user.click(await screen.findByRole('button', { name: 'Food' }));
    expect(screen.getByRole('button', { name: 'apple' })).toBeInTheDocument();
    expect(firstRow()).toEqual(coreFirst);
    await user.click(screen.getByRole('button', { name: 'apple' }));
    expect(messageWords()).toEqual(['apple']);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('button', { name: 'Feelings' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'apple' })).toBeNull();
  });

  it('builds the other pages while idle, one at a time, hidden and out of reach; a folder then shows the page already built', async () => {
    const idle: (() => void)[] = [];
    const whenIdle: WhenIdle = (fn) => {
      idle.push(fn);
      return () => {
        const at = idle.indexOf(fn);
        if (at >= 0) idle.splice(at, 1);
      };
    };
    await renderTool(manualClock().every, whenIdle);
    const user = userEvent.setup();
    const grids = () => Array.from(document.querySelectorAll<HTMLElement>('.symbols-grid'));
    expect(grids()).toHaveLength(1);
    // One idle moment builds one page, never more.
    expect(idle).toHaveLength(1);
    await act(async () => idle.shift()?.());
    expect(grids()).toHaveLength(2);
    for (let i = 0; i < 50 && idle.length > 0; i += 1) await act(async () => idle.shift()?.());
    const pages = pageKeysAt(
      6,
      TOPICS.map((topic) => topic.id),
      [],
    );
    expect(grids()).toHaveLength(pages.length);
    expect(idle).toHaveLength(0);
    // Built but hidden: not a button anyone can reach yet.
    expect(screen.queryByRole('button', { name: 'apple' })).toBeNull();
    expect(grids().filter((grid) => !grid.hidden)).toHaveLength(1);
    const foodGrid = grids().find((grid) => grid.textContent?.includes('apple'));
    expect(foodGrid?.hidden).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Food' }));
    // The folder shows the page built ahead: nothing new is built.
    expect(grids()).toHaveLength(pages.length);
    expect(screen.getByRole('button', { name: 'apple' }).closest('.symbols-grid')).toBe(foodGrid);
    await user.click(screen.getByRole('button', { name: 'apple' }));
    expect(messageWords()).toEqual(['apple']);
  });

  it('keeps keyboard focus in the folder row when the pressed folder or Back goes away', async () => {
    const user = userEvent.setup();
    await renderApp({ path: '/tools/symbols' });
    const playground = await screen.findByRole('button', { name: 'Playground' });
    playground.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Back' })).toHaveFocus();
    // The pressed folder's own button became Back: focus was never dropped and moved.
    expect(screen.getByRole('button', { name: 'Back' })).toBe(playground);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Playground' })).toHaveFocus();
  });

  it('shows symbols only with the word still naming the button, and pages through at 4 × 4', async () => {
    const user = userEvent.setup();
    await renderApp({ path: '/tools/symbols' });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Show' }), 'symbols');
    expect(screen.getByRole('button', { name: 'want' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Board size' }), '4');
    expect(document.querySelectorAll('.symbols-grid:not([hidden]) .symbol-cell')).toHaveLength(16);
    expect(screen.queryByRole('button', { name: 'this' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeInTheDocument();
  });

  it('switch scanning: rows, then cells, chosen with Space; keyboard and pointer still work', async () => {
    const clock = manualClock();
    const { events } = await renderTool(clock.every);
    const user = userEvent.setup();
    const toggle = screen.getByRole('checkbox', { name: 'Switch scanning' });
    await user.click(toggle);
    expect(toggle).toBeChecked();
    expect(toggle).toHaveFocus();
    // Rows: message actions, folders, then the first grid row (I, want, more…).
    clock.step(2);
    expect(document.querySelector('.symbols-grid__row.is-scanned')).not.toBeNull();
    await user.keyboard(' ');
    expect(toggle).toBeChecked();
    clock.step(1);
    expect(document.querySelector('.symbol-cell.is-scanned')?.textContent).toBe('want');
    await user.keyboard(' ');
    expect(messageWords()).toEqual(['want']);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'symbols/word-chosen', word: 'want', via: 'scanning' }),
    );
    // A pointer still works while scanning.
    await user.click(screen.getByRole('button', { name: 'more' }));
    expect(messageWords()).toEqual(['want', 'more']);
    // Escape stops scanning.
    toggle.focus();
    await user.keyboard('{Escape}');
    expect(toggle).not.toBeChecked();
    expect(document.querySelector('.is-scanned')).toBeNull();
  });

  it('adds a timetable step and an own word, with plain alerts for what is missing', async () => {
    const user = userEvent.setup();
    const files = createRecordingFiles();
    await renderApp({ path: '/tools/symbols', engines: { files } });
    // Queries within each section: the board's pages (built ahead, hidden) make whole-page role queries slow in jsdom.
    const planner = await screen.findByRole('region', {
      name: 'Now and next, and visual timetable',
    });
    const own = screen.getByRole('region', { name: 'Your own words' });
    await user.selectOptions(
      within(planner).getByRole('combobox', { name: 'Symbol for the step' }),
      'register',
    );
    await user.click(within(planner).getByRole('button', { name: 'Add step' }));
    await user.selectOptions(
      within(planner).getByRole('combobox', { name: 'Symbol for the step' }),
      'book',
    );
    await user.type(
      within(planner).getByRole('textbox', { name: 'Your own words for it (optional)' }),
      'Phonics',
    );
    await user.click(within(planner).getByRole('button', { name: 'Add step' }));
    const timetable = within(planner).getByRole('region', { name: 'Timetable' });
    expect(within(timetable).getByText('register')).toBeInTheDocument();
    expect(within(timetable).getByText('Phonics')).toBeInTheDocument();
    await user.click(within(planner).getByRole('button', { name: 'Next step' }));
    expect(within(timetable).getByText('Phonics').closest('li')).toHaveAttribute(
      'aria-current',
      'step',
    );
    await user.click(within(planner).getByRole('button', { name: 'Print timetable' }));
    expect(files.prints).toBe(1);

    await user.click(within(own).getByRole('button', { name: 'Add word' }));
    expect(within(own).getByRole('alert')).toHaveTextContent('Type the word first');
    await user.type(within(own).getByRole('textbox', { name: 'Word' }), 'Mrs Khan');
    await user.click(within(own).getByRole('button', { name: 'Add word' }));
    expect(within(own).getByRole('alert')).toHaveTextContent('Choose a symbol');
    expect(within(own).getByRole('textbox', { name: 'Word' })).toHaveValue('Mrs Khan');
    await user.type(within(own).getByRole('searchbox', { name: 'Find a symbol' }), 'teacher');
    const results = await within(own).findByRole('group', { name: /Symbols for "teacher"/ });
    await user.click(within(results).getAllByRole('radio')[0] as HTMLElement);
    await user.click(within(own).getByRole('button', { name: 'Add word' }));
    await user.click(screen.getByRole('button', { name: 'My words' }));
    expect(screen.getByRole('button', { name: 'Mrs Khan' })).toBeInTheDocument();
  });
});
