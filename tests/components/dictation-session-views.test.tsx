import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryBus } from '../../src/engines/broadcast/broadcast-engine';
import { createMemoryStorage } from '../../src/engines/storage/memory-storage';
import type { StorageEngine } from '../../src/engines/storage/storage-engine';
import { renderApp } from './render-app';

const dictatedText = (root: HTMLElement) =>
  within(root).getByRole('textbox', { name: 'Dictated text' }) as HTMLTextAreaElement;

/** A tab whose disk is full: every write fails as a browser's quota error does. */
function fullDisk(storage: StorageEngine): StorageEngine {
  return {
    ...storage,
    durable: storage.durable,
    getItem: (key) => storage.getItem(key),
    keys: () => storage.keys(),
    setItem: () =>
      Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
  };
}

describe('dictation: the session and its views', () => {
  it('a note is shown as a plain hint and announced once, by the one announcer', async () => {
    const user = userEvent.setup();
    await renderApp({ path: '/tools/dictation' });
    await screen.findByRole('heading', { level: 1, name: 'Dictation' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speech engine' }), 'typed');
    await user.type(screen.getByRole('textbox', { name: 'Say this' }), 'delete that{Enter}');
    const note = 'Nothing to delete yet: dictate something first.';
    expect(screen.getByText(note)).not.toHaveAttribute('role');
    expect(screen.getByText(note).closest('[role="status"], [aria-live]')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent(note));
  });

  it("takes another tab's newer text, and with unsaved words keeps both for the person to choose", async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const bus = createMemoryBus();
    const one = await renderApp({
      path: '/tools/dictation',
      engines: { storage, broadcast: bus.engine() },
    });
    const two = await renderApp({
      path: '/tools/dictation',
      engines: { storage: fullDisk(storage), broadcast: bus.engine() },
    });
    const first = one.container;
    const second = two.container;
    await within(second).findByRole('heading', { level: 1, name: 'Dictation' });

    await user.type(dictatedText(first), 'Plan for Monday');
    await waitFor(() => expect(dictatedText(second).value).toBe('Plan for Monday'));

    // The second tab cannot save (its disk is full), so its words are unsaved when the first writes.
    await user.type(dictatedText(second), ' and Tuesday');
    await user.type(dictatedText(first), ' and Friday');
    await waitFor(() =>
      expect(within(second).getByText("The other tab's version").nextSibling).toHaveTextContent(
        'Plan for Monday and Friday',
      ),
    );
    const conflict = await within(second).findByRole('alert', {
      name: 'This text was also changed in another tab',
    });
    expect(dictatedText(second).value).toBe('Plan for Monday and Tuesday');
    await user.click(within(conflict).getByRole('button', { name: "Use the other tab's text" }));
    expect(dictatedText(second).value).toBe('Plan for Monday and Friday');
    expect(
      within(second).queryByRole('alert', { name: 'This text was also changed in another tab' }),
    ).toBeNull();
    act(() => {
      one.unmount();
      two.unmount();
    });
  });
});
