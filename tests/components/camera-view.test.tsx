import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeCamera } from '../../src/engines/camera/camera-engine';
import { createFakeImage } from '../../src/engines/image/fake-image';
import { createFakeOcr, wordsFromText } from '../../src/engines/ocr/fake-ocr';
import { renderApp } from './render-app';

const JPEG = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0])], { type: 'image/jpeg' });

async function openTool(camera = createFakeCamera({ picture: JPEG })) {
  const ocr = createFakeOcr([{ words: wordsFromText('Plants need light.'), skewDegrees: 0 }]);
  const view = await renderApp({
    path: '/tools/read-aloud',
    engines: { camera, ocr, image: createFakeImage() },
  });
  // The page loads lazily: on two busy cores the first load can take a few seconds.
  await screen.findByRole('heading', { level: 1, name: 'Read aloud' }, { timeout: 15_000 });
  return { ...view, camera, user: userEvent.setup() };
}

describe('Use camera (fake camera)', () => {
  it('opens a Camera view, takes the picture, reads it, and lets the camera go', async () => {
    const { camera, user } = await openTool();
    await user.click(screen.getByRole('button', { name: 'Use camera' }));
    const view = await screen.findByRole('region', { name: 'Camera view' });
    expect(camera.live()).toBe(1);
    await waitFor(() =>
      expect(within(view).getByRole('button', { name: 'Take picture' })).toHaveFocus(),
    );
    await user.click(within(view).getByRole('button', { name: 'Take picture' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Camera view' })).toBeNull());
    expect(camera.live()).toBe(0);
    const text = (await screen.findByRole('textbox', {
      name: 'Recognised text',
    })) as HTMLTextAreaElement;
    await waitFor(() => expect(text.value).toContain('Plants need light.'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Use camera' })).toHaveFocus());
  });

  it('Close camera and Escape both release it and give focus back', async () => {
    const { camera, user } = await openTool();
    await user.click(screen.getByRole('button', { name: 'Use camera' }));
    await screen.findByRole('region', { name: 'Camera view' });
    await user.click(screen.getByRole('button', { name: 'Close camera' }));
    expect(camera.live()).toBe(0);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Use camera' })).toHaveFocus());

    await user.keyboard('{Enter}');
    await screen.findByRole('region', { name: 'Camera view' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Camera view' })).toBeNull());
    expect(camera.live()).toBe(0);
    expect(camera.sessions).toHaveLength(2);
  });

  it('releases the camera when the tab is hidden, and says so', async () => {
    const { camera, user } = await openTool();
    await user.click(screen.getByRole('button', { name: 'Use camera' }));
    await screen.findByRole('region', { name: 'Camera view' });
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState');
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
    try {
      act(() => {
        document.dispatchEvent(new Event('visibilitychange'));
      });
    } finally {
      if (visibility) Object.defineProperty(document, 'visibilityState', visibility);
      else Reflect.deleteProperty(document, 'visibilityState');
    }
    expect(camera.live()).toBe(0);
    expect((await screen.findByRole('alert')).textContent).toMatch(/turned off because this page/);
  });

  it('releases the camera when the person leaves the page', async () => {
    const { camera, user, location } = await openTool();
    await user.click(screen.getByRole('button', { name: 'Use camera' }));
    await screen.findByRole('region', { name: 'Camera view' });
    act(() => location.navigate('/settings'));
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await waitFor(() => expect(camera.live()).toBe(0));
  });

  it('says so when another app takes the camera', async () => {
    const { camera, user } = await openTool();
    await user.click(screen.getByRole('button', { name: 'Use camera' }));
    await screen.findByRole('region', { name: 'Camera view' });
    act(() => camera.sessions[0]?.end());
    expect((await screen.findByRole('alert')).textContent).toMatch(/camera stopped/);
    expect(screen.queryByRole('region', { name: 'Camera view' })).toBeNull();
  });

  it.each([
    ['not-allowed', /not allowed.*choose a photo or PDF/],
    ['no-camera', /No camera was found/],
    ['in-use', /another app/],
  ] as const)(
    'refused (%s): a plain message, and the file chooser still works',
    async (fail, message) => {
      const { user } = await openTool(createFakeCamera({ fail }));
      await user.click(screen.getByRole('button', { name: 'Use camera' }));
      expect((await screen.findByRole('alert')).textContent).toMatch(message);
      expect(screen.getByLabelText('Choose a photo or PDF')).toBeEnabled();
    },
  );

  it('is not offered where the browser has no camera API', async () => {
    await openTool(createFakeCamera({ supported: false }));
    expect(screen.queryByRole('button', { name: 'Use camera' })).toBeNull();
  });
});
