import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { allChecks } from '../../src/domain/checks/all-checks';
import type { PracticeEventBody } from '../../src/domain/exercises/events';
import { createFakeEngines } from '../../src/engines/create-engines';
import { createMemoryStorage } from '../../src/engines/storage/memory-storage';
import type { StorageEngine } from '../../src/engines/storage/storage-engine';
import {
  createFakeSynthesis,
  type FakeSynthesisOptions,
} from '../../src/engines/synthesis/fake-synthesis';
import { ReadingPanel } from '../../src/features/read-aloud/reading/reading-panel';
import { AnnouncerProvider } from '../../src/shared/announcer';
import { EnginesProvider } from '../../src/shared/engines-context';
import { createAppStore } from '../../src/store/create-app-store';
import { StoreProvider } from '../../src/store/store-context';
import { decodeRecord } from '../../src/store/sync/record-codec';

const TEXT = 'The cat sat on the mat. Then it went to sleep.';

async function renderPanel(
  options: {
    text?: string;
    synthesis?: FakeSynthesisOptions;
    storage?: StorageEngine;
    onActiveWordChange?: (range: { start: number; end: number } | null) => void;
  } = {},
) {
  const synthesis = createFakeSynthesis({ mode: 'manual', ...options.synthesis });
  const engines = createFakeEngines({
    synthesis,
    storage: options.storage ?? createMemoryStorage(),
  });
  const store = createAppStore({ engines, exercises: [], checks: allChecks });
  const events: PracticeEventBody[] = [];
  store.setState({ emit: (event: PracticeEventBody) => events.push(event) });
  const user = userEvent.setup();
  await act(async () => {
    render(
      <EnginesProvider engines={engines}>
        <StoreProvider store={store}>
          <AnnouncerProvider>
            <ReadingPanel
              text={options.text ?? TEXT}
              {...(options.onActiveWordChange
                ? { onActiveWordChange: options.onActiveWordChange }
                : {})}
            />
          </AnnouncerProvider>
        </StoreProvider>
      </EnginesProvider>,
    );
  });
  await screen.findByRole('option', { name: /on this device/ });
  return { synthesis, engines, events, user };
}

const marks = () => document.querySelectorAll('mark');
const markedText = () => [...marks()].map((mark) => mark.textContent);
/** Lets the fake voice's queued start run, then says `count` words. */
async function say(synthesis: ReturnType<typeof createFakeSynthesis>, count = 1) {
  await act(async () => {
    await Promise.resolve();
    synthesis.step(count);
  });
}

describe('ReadingPanel with the fake voice', () => {
  it('has the controls the UI contract names, with the on-device en-GB voice chosen', async () => {
    await renderPanel();
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stop' })).toHaveAttribute('aria-disabled', 'true');
    const voice = screen.getByRole('combobox', { name: 'Voice' }) as HTMLSelectElement;
    expect(voice.selectedOptions[0]?.textContent).toBe('Fake Daniel, on this device');
    expect(
      within(voice).getByRole('option', { name: /Fake Online US, online/ }),
    ).toBeInTheDocument();
    expect(
      within(voice).getByRole('group', { name: 'Built-in voice (works offline)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Reading speed' })).toHaveAttribute(
      'aria-valuetext',
      '1.0× (normal)',
    );
    expect(screen.getByRole('region', { name: 'Reading view' })).toHaveTextContent(TEXT);
    expect(marks()).toHaveLength(0);
  });

  it('moves the one <mark> from word to word as the voice speaks, and reports the range', async () => {
    const ranges: ({ start: number; end: number } | null)[] = [];
    const { user, synthesis, events } = await renderPanel({
      onActiveWordChange: (range) => ranges.push(range),
    });
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(markedText()).toEqual(['The']);
    await say(synthesis);
    expect(markedText()).toEqual(['The']);
    await say(synthesis);
    expect(markedText()).toEqual(['cat']);
    await say(synthesis, 2);
    expect(markedText()).toEqual(['on']);
    expect(screen.getByText('Highlight: word events sent by the voice.')).toBeInTheDocument();
    expect(ranges.at(-1)).toEqual({ start: 12, end: 14 });
    expect(events[0]).toEqual({
      type: 'read-aloud/started',
      voiceLang: 'en-GB',
      voiceName: 'Fake Daniel',
      builtIn: false,
      rate: 1,
      fromWord: 0,
    });
  });

  it('pauses at the word and resumes from that word', async () => {
    const { user, synthesis, events } = await renderPanel();
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    await say(synthesis, 4);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(synthesis.speaking).toBe(false);
    expect(markedText()).toEqual(['on']);
    expect(events.at(-1)).toEqual({ type: 'read-aloud/finished', wordsSpoken: 4, toEnd: false });

    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(synthesis.readings.at(-1)?.text).toBe('on the mat. Then it went to sleep.');
    expect(events.at(-1)).toMatchObject({ type: 'read-aloud/started', fromWord: 3 });
    await say(synthesis, 2);
    expect(markedText()).toEqual(['the']);
  });

  it('stops, leaving no <mark>, and keeps focus on the button pressed', async () => {
    const { user, synthesis, events } = await renderPanel();
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    await say(synthesis, 2);
    const stop = screen.getByRole('button', { name: 'Stop' });
    await user.click(stop);
    expect(marks()).toHaveLength(0);
    expect(synthesis.speaking).toBe(false);
    expect(stop).toHaveFocus();
    expect(events.at(-1)).toEqual({ type: 'read-aloud/finished', wordsSpoken: 2, toEnd: false });
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeInTheDocument();
  });

  it('reads to the end, then says so', async () => {
    const { user, synthesis, events } = await renderPanel();
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    await act(async () => {
      await Promise.resolve();
      synthesis.finish();
    });
    expect(marks()).toHaveLength(0);
    expect(events.at(-1)).toEqual({ type: 'read-aloud/finished', wordsSpoken: 11, toEnd: true });
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeInTheDocument();
  });

  it('starts reading at a word that is clicked', async () => {
    const { user, synthesis, events } = await renderPanel();
    await user.click(screen.getByText('Then'));
    expect(markedText()).toEqual(['Then']);
    expect(synthesis.readings.at(-1)?.text).toBe('Then it went to sleep.');
    expect(events.at(-1)).toMatchObject({ type: 'read-aloud/started', fromWord: 6 });
  });

  it('starts reading at a word chosen with the arrow keys and Enter', async () => {
    const { user, synthesis } = await renderPanel();
    const stops: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      await user.tab();
      stops.push(document.activeElement?.textContent ?? '');
    }
    // Read aloud, Stop, Voice, Reading speed: then the reading view's one tabbable word.
    expect(stops.slice(0, 2)).toEqual(['Read aloud', 'Stop']);
    expect(document.activeElement).toHaveTextContent('The');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toHaveTextContent('sat');
    await user.keyboard('{Enter}');
    expect(synthesis.readings.at(-1)?.text).toBe('sat on the mat. Then it went to sleep.');
    expect(markedText()).toEqual(['sat']);
    expect(document.activeElement).toHaveTextContent('sat');
  });

  it('restarts from the current word at a new speed and reports the change', async () => {
    const { synthesis, events } = await renderPanel();
    const slider = screen.getByRole('slider', { name: 'Reading speed' });
    await userEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    await say(synthesis, 3);
    // jsdom does not move range inputs with arrow keys; the browser tier does.
    fireEvent.change(slider, { target: { value: '1.2' } });
    expect(slider).toHaveAttribute('aria-valuetext', '1.2× (faster)');
    expect(synthesis.readings.at(-1)).toMatchObject({
      rate: 1.2,
      text: 'sat on the mat. Then it went to sleep.',
    });
    expect(events).toContainEqual({
      type: 'read-aloud/preference-changed',
      preference: 'rate',
      value: 1.2,
    });
  });

  it('offers the built-in voice when a browser voice fails, and reads on with it', async () => {
    const { user, synthesis, events } = await renderPanel();
    synthesis.failNext('synthesis-failed');
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The voice could not read the text.');
    await user.click(within(alert).getByRole('button', { name: 'Use the built-in voice' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(synthesis.readings.at(-1)?.voiceId).toBe('builtin:gmw/en');
    await say(synthesis, 2);
    expect(
      screen.getByText('Highlight: exact word timings from the built-in voice.'),
    ).toBeInTheDocument();
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'read-aloud/started', builtIn: true, voiceLang: 'en-GB' }),
    );
    expect(
      (screen.getByRole('combobox', { name: 'Voice' }) as HTMLSelectElement).selectedOptions[0]
        ?.textContent,
    ).toBe('English (Great Britain), built-in');
  });

  it('uses the built-in voice, and says why, when the browser has no voices', async () => {
    const synthesis = createFakeSynthesis({ mode: 'manual', browser: null });
    const engines = createFakeEngines({ synthesis });
    const store = createAppStore({ engines, exercises: [], checks: allChecks });
    await act(async () => {
      render(
        <EnginesProvider engines={engines}>
          <StoreProvider store={store}>
            <ReadingPanel text={TEXT} />
          </StoreProvider>
        </EnginesProvider>,
      );
    });
    expect(await screen.findByText(/This browser has no voices of its own/)).toBeInTheDocument();
    expect(
      (screen.getByRole('combobox', { name: 'Voice' }) as HTMLSelectElement).selectedOptions[0]
        ?.textContent,
    ).toBe('English (Great Britain), built-in');
  });

  it('shows that it is finding voices when Read aloud is pressed before they arrive', async () => {
    const synthesis = createFakeSynthesis({ mode: 'manual', lateVoices: true });
    const engines = createFakeEngines({ synthesis });
    const store = createAppStore({ engines, exercises: [], checks: allChecks });
    const user = userEvent.setup();
    await act(async () => {
      render(
        <EnginesProvider engines={engines}>
          <StoreProvider store={store}>
            <ReadingPanel text={TEXT} />
          </StoreProvider>
        </EnginesProvider>,
      );
    });
    expect(screen.getByRole('option', { name: 'Looking for voices…' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(
      screen.getByRole('progressbar', { name: 'Finding the voices on this device…' }),
    ).toBeInTheDocument();
    expect(synthesis.readings).toHaveLength(0);
    await act(async () => synthesis.loadVoices());
    await vi.waitFor(() => expect(synthesis.readings).toHaveLength(1));
    expect(synthesis.readings[0]?.voiceId).toBe('browser:fake-gb');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('warns that an online voice sends the text away', async () => {
    const { user } = await renderPanel();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Voice' }), 'browser:fake-us');
    expect(screen.getByText(/is an online voice/)).toBeInTheDocument();
  });

  it('says when there is nothing to read', async () => {
    const { user, synthesis } = await renderPanel({ text: '  ' });
    expect(screen.getByText('There is no text to read yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(synthesis.readings).toHaveLength(0);
  });

  it('treats text that looks like HTML as plain text', async () => {
    await renderPanel({ text: '<img src=x onerror=alert(1)> Hello' });
    expect(document.querySelector('.reading-view img')).toBeNull();
    expect(screen.getByRole('region', { name: 'Reading view' })).toHaveTextContent(
      '<img src=x onerror=alert(1)> Hello',
    );
  });
});

describe('reading preferences', () => {
  it('apply to the reading view, persist under read-aloud:, and come back after a reload', async () => {
    const storage = createMemoryStorage();
    const first = await renderPanel({ storage });
    const { user, events } = first;
    await user.click(screen.getByText('Reading preferences'));
    await user.click(screen.getByRole('radio', { name: '3 lines' }));
    await user.click(screen.getByRole('radio', { name: 'Cream' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Font' }), 'opendyslexic');
    const view = screen.getByRole('region', { name: 'Reading view' });
    expect(view).toHaveAttribute('data-tint', 'cream');
    expect(view.style.getPropertyValue('--reading-font')).toContain('OpenDyslexic');
    expect(events).toEqual(
      expect.arrayContaining([
        { type: 'read-aloud/preference-changed', preference: 'lineFocus', value: 3 },
        { type: 'read-aloud/preference-changed', preference: 'tint', value: 'cream' },
        { type: 'read-aloud/preference-changed', preference: 'font', value: 'opendyslexic' },
      ]),
    );
    await vi.waitFor(async () =>
      expect(decodeRecord(await storage.getItem('read-aloud:preferences'))?.state).toMatchObject({
        lineFocus: 3,
        tint: 'cream',
        font: 'opendyslexic',
      }),
    );

    // A reload: a new panel on the same storage.
    document.body.innerHTML = '';
    await renderPanel({ storage });
    await vi.waitFor(() =>
      expect(screen.getByRole('radio', { name: '3 lines', hidden: true })).toBeChecked(),
    );
    expect(screen.getByRole('radio', { name: 'Cream', hidden: true })).toBeChecked();
    expect(screen.getByRole('region', { name: 'Reading view' })).toHaveAttribute(
      'data-tint',
      'cream',
    );
  });

  it('keeps a chosen voice across a reload', async () => {
    const storage = createMemoryStorage();
    const { user } = await renderPanel({ storage });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Voice' }), 'builtin:zlw/pl');
    document.body.innerHTML = '';
    await renderPanel({ storage });
    await vi.waitFor(() =>
      expect((screen.getByRole('combobox', { name: 'Voice' }) as HTMLSelectElement).value).toBe(
        'builtin:zlw/pl',
      ),
    );
  });

  it('ignores saved preferences that are out of range or malformed', async () => {
    const storage = createMemoryStorage({
      'read-aloud:preferences': JSON.stringify({ textSize: 9000, tint: 'plaid', lineFocus: 5 }),
    });
    await renderPanel({ storage });
    await vi.waitFor(() =>
      expect(screen.getByRole('radio', { name: '5 lines', hidden: true })).toBeChecked(),
    );
    expect(screen.getByRole('radio', { name: 'No tint', hidden: true })).toBeChecked();
    expect(screen.getByRole('slider', { name: 'Reading text size', hidden: true })).toHaveValue(
      '125',
    );
  });
});
