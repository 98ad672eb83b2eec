import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allChecks } from '../../src/domain/checks/all-checks';
import type { PracticeEventBody } from '../../src/domain/exercises/events';
import { createFakeEngines } from '../../src/engines/create-engines';
import { createFakeSynthesis } from '../../src/engines/synthesis/fake-synthesis';
import { ReadingPanel } from '../../src/features/read-aloud/reading/reading-panel';
import {
  LONG_TEXT,
  SETTLE_MS,
  useSettledText,
} from '../../src/features/read-aloud/use-settled-text';
import { AnnouncerProvider } from '../../src/shared/announcer';
import { EnginesProvider } from '../../src/shared/engines-context';
import { createAppStore } from '../../src/store/create-app-store';
import { StoreProvider } from '../../src/store/store-context';
import { renderApp } from './render-app';

/** Paragraphs of `words` numbered words each ("w0 w1 …"), so every word can be found by its text. */
function numberedText(paragraphs: number, words: number): string {
  return Array.from({ length: paragraphs }, (_, p) =>
    Array.from({ length: words }, (_, w) => `w${p * words + w}`).join(' '),
  ).join('\n\n');
}

const readingView = () => screen.getByRole('region', { name: 'Reading view' });
const marked = () => [...document.querySelectorAll('mark')].map((mark) => mark.textContent);

afterEach(() => {
  vi.useRealTimers();
});

describe('Reading view of a text many blocks long', () => {
  async function renderPanel(text: string) {
    const synthesis = createFakeSynthesis({ mode: 'manual' });
    const engines = createFakeEngines({ synthesis });
    const store = createAppStore({ engines, exercises: [], checks: allChecks });
    const events: PracticeEventBody[] = [];
    store.setState({ emit: (event: PracticeEventBody) => events.push(event) });
    await act(async () => {
      render(
        <EnginesProvider engines={engines}>
          <StoreProvider store={store}>
            <AnnouncerProvider>
              <ReadingPanel text={text} />
            </AnnouncerProvider>
          </StoreProvider>
        </EnginesProvider>,
      );
    });
    await screen.findByRole('option', { name: /on this device/ });
    return { synthesis, events, user: userEvent.setup() };
  }

  it('starts reading at a word clicked far into the text, on that word', async () => {
    // 10 paragraphs of 80 words: the view is cut into blocks, and w700 is in a late one.
    const { user, synthesis, events } = await renderPanel(numberedText(10, 80));
    await user.click(screen.getByText('w700'));
    expect(events.at(-1)).toMatchObject({ type: 'read-aloud/started', fromWord: 700 });
    expect(synthesis.readings.at(-1)?.text.startsWith('w700 w701')).toBe(true);
    expect(marked()).toEqual(['w700']);
    await act(async () => {
      await Promise.resolve();
      synthesis.step(2);
    });
    expect(marked()).toEqual(['w701']);
  });

  it('moves with the arrow keys from the last word of one block to the first of the next', async () => {
    const { user, synthesis } = await renderPanel(numberedText(10, 80));
    await user.click(screen.getByText('w79'));
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    screen.getByText('w79').focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveTextContent('w80');
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveTextContent('w799');
    await user.keyboard('{Enter}');
    expect(synthesis.readings.at(-1)?.text).toBe('w799');
  });
});

describe('useSettledText', () => {
  const long = numberedText(1, Math.ceil(LONG_TEXT / 4));

  it('holds a long text back while it is typed, until the typing pauses', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ text }) => useSettledText(text), {
      initialProps: { text: long },
    });
    act(() => result.current.typing(long, `${long}a`));
    rerender({ text: `${long}a` });
    act(() => result.current.typing(`${long}a`, `${long}ab`));
    rerender({ text: `${long}ab` });
    expect(result.current.text).toBe(long);
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(result.current.text).toBe(`${long}ab`);
  });

  it('catches up at once when the box is left, and follows a short text at every key', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ text }) => useSettledText(text), {
      initialProps: { text: long },
    });
    act(() => result.current.typing(long, `${long}a`));
    rerender({ text: `${long}a` });
    act(() => result.current.release());
    expect(result.current.text).toBe(`${long}a`);

    rerender({ text: 'short' });
    act(() => result.current.typing('short', 'shorter'));
    rerender({ text: 'shorter' });
    expect(result.current.text).toBe('shorter');
  });
});

describe('Read aloud with a long text typed in the box', () => {
  it('reads what was just typed when Read aloud is pressed straight after typing', async () => {
    const synthesis = createFakeSynthesis({ mode: 'manual' });
    await renderApp({ path: '/tools/read-aloud', engines: { synthesis } });
    const box = await screen.findByRole('textbox', { name: 'Recognised text' });
    // Long words, so the text is long enough with few words for jsdom to render.
    const word = 'o'.repeat(40);
    const text = numberedText(10, 50).replace(/w(\d+)/g, `w$1${word}`);
    expect(text.length).toBeGreaterThanOrEqual(LONG_TEXT);
    fireEvent.change(box, { target: { value: text } });
    // The reading view follows once the pasted text has settled (5,000 words to render in jsdom).
    await waitFor(() => expect(readingView()).toHaveTextContent(/^w0o+ w1o+ /), {
      timeout: 20_000,
    });

    const user = userEvent.setup();
    await user.type(box, 'Zebra ', { initialSelectionStart: 0, initialSelectionEnd: 0 });
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    await waitFor(() => expect(synthesis.readings).toHaveLength(1));
    expect(synthesis.readings[0]?.text).toMatch(/^Zebra w0o+ w1o+ /);
    expect(readingView()).toHaveTextContent(/^Zebra w0o+ w1o+ /);
    expect(box).toHaveValue(`Zebra ${text}`);
  }, 60_000);
});
