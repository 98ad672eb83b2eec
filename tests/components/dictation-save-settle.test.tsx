import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../src/engines/storage/memory-storage';
import { decodeRecord } from '../../src/store/sync/record-codec';
import { renderApp } from './render-app';

const saved = async (storage: ReturnType<typeof createMemoryStorage>) =>
  decodeRecord(await storage.getItem('dictation:text'))?.state;

describe('dictated text is written once it settles', () => {
  it('a box emptied before the first text was written is written as empty, not as the text', async () => {
    const storage = createMemoryStorage();
    const user = userEvent.setup();
    await renderApp({ path: '/tools/dictation', engines: { storage } });
    const box = await screen.findByRole('textbox', { name: 'Dictated text' });
    // The saved text (none) has been read.
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Typed and emptied within the moment a write waits for the text to settle.
    fireEvent.input(box, { target: { value: 'hello' } });
    fireEvent.input(box, { target: { value: '' } });
    await waitFor(async () => expect(await saved(storage)).toBe(''), { timeout: 3000 });
    await user.type(box, 'kept');
    await waitFor(async () => expect(await saved(storage)).toBe('kept'), { timeout: 3000 });
  });
});
