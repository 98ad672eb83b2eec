import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeImage } from '../../src/engines/image/fake-image';
import { createFakeOcr, wordsFromText } from '../../src/engines/ocr/fake-ocr';
import { createFakeSynthesis } from '../../src/engines/synthesis/fake-synthesis';
import { renderApp } from './render-app';

const page = { words: wordsFromText('The Sun warms water.', () => 95), skewDegrees: 0 };

describe('Rotate buttons on a page the pipeline turned by itself (fake image engine, fake OCR)', () => {
  it('the person’s turn wins: it is passed as by hand, from the page as shown', async () => {
    // The fake acts out a page whose lines run up and down: left to itself, the
    // pipeline adds a quarter turn (as the real one does), but never to a turn by hand.
    const image = createFakeImage(undefined, { linesRunVertically: true });
    const ocr = createFakeOcr([page]);
    await renderApp({
      path: '/tools/read-aloud',
      engines: { ocr, image, synthesis: createFakeSynthesis({ mode: 'manual' }) },
    });
    const user = userEvent.setup();
    const samples = within(await screen.findByRole('list', { name: 'Sample worksheets' }));
    await user.click(samples.getByRole('button', { name: /phone/ }));
    await waitFor(() => expect(ocr.calls).toBe(1));
    expect(image.turns).toEqual([{ turn: 0, byHand: false }]);

    // Shown a quarter turn round already; a quarter more by hand is half a turn, kept as it is.
    await user.click(await screen.findByRole('button', { name: 'Rotate right' }));
    await waitFor(() => expect(ocr.calls).toBe(2));
    expect(image.turns[1]).toEqual({ turn: 180, byHand: true });

    // And back: where the pipeline had it, still by hand.
    await user.click(screen.getByRole('button', { name: 'Rotate left' }));
    await waitFor(() => expect(ocr.calls).toBe(3));
    expect(image.turns[2]).toEqual({ turn: 90, byHand: true });
  });
});
