import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createScriptedRecognition } from '../../src/engines/recognition/scripted-recognition';
import { createMemoryStorage } from '../../src/engines/storage/memory-storage';
import { decodeRecord } from '../../src/store/sync/record-codec';
import { renderApp } from './render-app';

const NOTICE = { name: /your voice goes to the browser's speech service/ };

async function open(path: string, storage: ReturnType<typeof createMemoryStorage>) {
  const recognition = createScriptedRecognition();
  const view = await renderApp({ path, engines: { recognition, storage } });
  return { ...view, recognition, user: userEvent.setup() };
}

describe('cloud recognition consent is one answer for dictation and live captions', () => {
  it('agreeing in Dictation is kept, and Live captions then starts without asking', async () => {
    const storage = createMemoryStorage();
    const dictation = await open('/tools/dictation', storage);
    await screen.findByRole('heading', { level: 1, name: 'Dictation' });
    await dictation.user.click(screen.getByRole('button', { name: 'Start dictation' }));
    expect(screen.getByRole('heading', NOTICE)).toHaveFocus();
    expect(
      screen.getByText('Your answer applies to both Dictation and Live captions on this device.'),
    ).toBeInTheDocument();
    await dictation.user.click(screen.getByRole('button', { name: 'Continue' }));
    await dictation.user.click(await screen.findByRole('button', { name: 'Stop dictation' }));
    await waitFor(async () =>
      expect(decodeRecord(await storage.getItem('speech:cloud-consent'))?.state).toBe(true),
    );
    dictation.unmount();

    const captions = await open('/tools/captions', storage);
    await screen.findByRole('heading', { level: 1, name: 'Live captions' });
    await captions.user.click(await screen.findByRole('button', { name: 'Start captions' }));
    await screen.findByRole('button', { name: 'Stop captions' });
    expect(screen.queryByRole('heading', NOTICE)).not.toBeInTheDocument();
    expect(captions.recognition.sessions).toHaveLength(1);
  });

  it('without an answer, Live captions still asks first', async () => {
    const captions = await open('/tools/captions', createMemoryStorage());
    await screen.findByRole('heading', { level: 1, name: 'Live captions' });
    await captions.user.click(screen.getByRole('button', { name: 'Start captions' }));
    expect(screen.getByRole('heading', NOTICE)).toHaveFocus();
    expect(captions.recognition.sessions).toHaveLength(0);
  });
});
