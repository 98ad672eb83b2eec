import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakePdfBytes } from '../../src/engines/documents/fake-documents';
import { createFakeImage } from '../../src/engines/image/fake-image';
import { createFakeOcr, wordsFromText } from '../../src/engines/ocr/fake-ocr';
import { createMemoryStorage } from '../../src/engines/storage/memory-storage';
import { createFakeSynthesis } from '../../src/engines/synthesis/fake-synthesis';
import { layoutWords } from '../../src/features/read-aloud/ocr-document';
import { PAGE_KEY, TEXT_KEY } from '../../src/features/read-aloud/use-ocr-session';
import { decodeRecord } from '../../src/store/sync/record-codec';
import { renderApp } from './render-app';

const PAGE = 'The Water Cycle\n\nThe Sun warms water.\nIt turns into vapour.';
const unsure: Record<string, number> = { warms: 41, 'vapour.': 63 };
const pageResult = (text = PAGE, skewDegrees = 0) => ({
  words: wordsFromText(text, (word) => unsure[word] ?? 95),
  skewDegrees,
});
/** The page as the app lays OCR's words out (its rules for joining lines are ocr-document's). */
const RECOGNISED = layoutWords(pageResult().words);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const file = (bytes: Uint8Array | string, name: string, type: string) =>
  new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name, { type });

async function openTool(
  options: {
    ocr?: ReturnType<typeof createFakeOcr>;
    storage?: ReturnType<typeof createMemoryStorage>;
  } = {},
) {
  const ocr = options.ocr ?? createFakeOcr([pageResult()]);
  const image = createFakeImage();
  const synthesis = createFakeSynthesis({ mode: 'manual' });
  const view = await renderApp({
    path: '/tools/read-aloud',
    engines: { ocr, image, synthesis, ...(options.storage ? { storage: options.storage } : {}) },
  });
  await screen.findByRole('heading', { level: 1, name: 'Read aloud' });
  return { ...view, ocr, image, synthesis, user: userEvent.setup({ applyAccept: false }) };
}

const recognisedText = () =>
  screen.getByRole('textbox', { name: 'Recognised text' }) as HTMLTextAreaElement;
const samples = () => within(screen.getByRole('list', { name: 'Sample worksheets' }));

describe('Read aloud page (fake OCR, fake voice)', () => {
  it('has the names the UI contract promises, and starts the OCR worker, then the picture pipeline, on arrival', async () => {
    const { ocr, image } = await openTool();
    expect(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Read aloud',
      }),
    ).toHaveAttribute('aria-current', 'page');
    expect(screen.getByLabelText('Choose a photo or PDF')).toHaveAttribute(
      'accept',
      'image/*,.heic,.heif,application/pdf,.pdf',
    );
    expect(samples().getAllByRole('button')).toHaveLength(5);
    expect(recognisedText()).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Voice' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Reading speed' })).toBeInTheDocument();
    // The worker is warmed from an effect, which React may run after the first paint; the picture
    // pipeline once the OCR engine is ready.
    await waitFor(() => expect(ocr.warmUps).toBe(1));
    await waitFor(() => expect(image.warmUps).toBe(1));
  });

  it('recognises a sample, marks words to check, and keeps the text across a reload', async () => {
    const storage = createMemoryStorage();
    const { user, image, unmount } = await openTool({ storage });
    await user.click(samples().getByRole('button', { name: /phone/ }));
    await waitFor(() => expect(recognisedText()).toHaveValue(RECOGNISED));
    expect(image.loaded).toEqual(['samples/phone-photo.jpg']);
    // The announcer clears, then speaks 50 ms later, so each message is heard even if repeated.
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(
        'Text recognised: 11 words, 2 to check.',
      ),
    );

    const toCheck = screen.getAllByRole('button', { name: /^Check this word:/ });
    expect(toCheck.map((b) => b.textContent)).toEqual([
      'Check this word: warms 41% sure',
      'Check this word: vapour. 63% sure',
    ]);
    await user.click(toCheck[0] as HTMLElement);
    expect(recognisedText()).toHaveFocus();
    expect(
      recognisedText().value.slice(recognisedText().selectionStart, recognisedText().selectionEnd),
    ).toBe('warms');

    // Correct the word: it leaves the list, and the correction is saved.
    await user.keyboard('heats');
    expect(screen.getAllByRole('button', { name: /^Check this word:/ })).toHaveLength(1);
    await waitFor(async () =>
      expect(await storage.getItem(TEXT_KEY)).toContain('The Sun heats water.'),
    );
    const saved = decodeRecord(await storage.getItem(PAGE_KEY))?.state as { sampleId?: string }[];
    expect(saved[0]?.sampleId).toBe('phone-photo');
    unmount();

    await openTool({ storage });
    await waitFor(() => expect(recognisedText().value).toContain('The Sun heats water.'));
    expect(screen.getByRole('img', { name: 'The page you chose' })).toBeInTheDocument();
  });

  it('emits practice events that exercise checks can see', async () => {
    const { user, store } = await openTool({ ocr: createFakeOcr([pageResult(PAGE, 2.8)]) });
    store.getState().openExercise('ocr-checking-words');
    await user.click(samples().getByRole('button', { name: /phone/ }));
    await waitFor(() => expect(recognisedText()).toHaveValue(RECOGNISED));
    await user.click(
      screen.getAllByRole('button', { name: /^Check this word:/ })[0] as HTMLElement,
    );
    const run = store.getState().runs['ocr-checking-words'];
    const types = run?.events.map((e) => e.type) ?? [];
    expect(types).toEqual(
      expect.arrayContaining(['ocr/recognised', 'ocr/rotated', 'ocr/word-checked']),
    );
    expect(screen.getByText(/straightened by 2\.8°/)).toBeInTheDocument();
  });

  it('highlights the spoken word on the photo as well as in the text', async () => {
    const { user, synthesis } = await openTool();
    await user.click(samples().getByRole('button', { name: /clean/ }));
    await waitFor(() => expect(recognisedText()).toHaveValue(RECOGNISED));
    expect(screen.queryByTestId('active-box')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    await waitFor(() => expect(synthesis.speaking).toBe(true));
    act(() => synthesis.step(2));
    await waitFor(() => expect(document.querySelectorAll('mark')).toHaveLength(1));
    expect(document.querySelector('mark')).toHaveTextContent('Water');
    const box = screen.getByTestId('active-box');
    // "Water" is the second word of the first line in the fake layout (x0 = 160).
    expect(Number(box.getAttribute('x'))).toBe(156);
  });

  it.each([
    [
      'a 0-byte file',
      file(new Uint8Array(), 'empty.jpg', 'image/jpeg'),
      /file is empty \(0 bytes\)/,
    ],
    [
      'a text file',
      file('just some words', 'notes.txt', 'text/plain'),
      /not a picture or a PDF the app can read/,
    ],
    [
      'HTML named like a photo',
      file('<script>alert(1)</script>', 'photo.png', 'image/png'),
      /not a picture/,
    ],
    [
      'a damaged PDF',
      file('%PDF-1.7 ...', 'sheet.pdf', 'application/pdf'),
      /PDF could not be opened/,
    ],
    [
      'a PDF locked with a password',
      file(fakePdfBytes({ pages: [], encrypted: true }), 'locked.pdf', 'application/pdf'),
      /locked with a password/,
    ],
    [
      'a PDF of too many pages',
      file(
        fakePdfBytes({ pages: Array.from({ length: 31 }, () => ({ words: [] })) }),
        'book.pdf',
        'application/pdf',
      ),
      /has 31 pages; the app reads up to 30/,
    ],
    [
      'an iPhone HEIC photo the decoder cannot read',
      file(
        new Uint8Array([
          0,
          0,
          0,
          24,
          0x66,
          0x74,
          0x79,
          0x70,
          0x68,
          0x65,
          0x69,
          0x63,
          ...new TextEncoder().encode('broken'),
        ]),
        'IMG_0001.HEIC',
        'image/heic',
      ),
      /HEIC photo .* could not be opened/,
    ],
  ])('explains %s in plain words and keeps the text already there', async (_name, bad, message) => {
    const { user, ocr } = await openTool();
    await user.click(samples().getByRole('button', { name: /clean/ }));
    await waitFor(() => expect(recognisedText()).toHaveValue(RECOGNISED));
    await user.upload(screen.getByLabelText('Choose a photo or PDF'), bad);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(recognisedText()).toHaveValue(RECOGNISED);
    expect(ocr.calls).toBe(1);
  });

  it('says "no text found" for a picture without words', async () => {
    const { user } = await openTool({ ocr: createFakeOcr([{ words: [], skewDegrees: 0 }]) });
    await user.upload(
      screen.getByLabelText('Choose a photo or PDF'),
      file(PNG, 'sky.png', 'image/png'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('No text found in this picture.');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(recognisedText()).toHaveFocus();
  });

  it('shows text that looks like HTML as plain text', async () => {
    const sneaky = '<script>alert(1)</script> <img src=x onerror=alert(2)>';
    const { user } = await openTool({ ocr: createFakeOcr([pageResult(sneaky)]) });
    await user.upload(
      screen.getByLabelText('Choose a photo or PDF'),
      file(PNG, 'page.png', 'image/png'),
    );
    await waitFor(() => expect(recognisedText()).toHaveValue(sneaky));
    expect(document.querySelector('main script, main img[src="x"]')).toBeNull();
  });

  it('recovers from a crashed OCR worker on the next try', async () => {
    const ocr = createFakeOcr([pageResult()]);
    ocr.failNext('ocr-crashed');
    const { user } = await openTool({ ocr });
    await user.upload(
      screen.getByLabelText('Choose a photo or PDF'),
      file(PNG, 'page.png', 'image/png'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The text reader stopped unexpectedly.',
    );
    await user.upload(
      screen.getByLabelText('Choose a photo or PDF'),
      file(PNG, 'page.png', 'image/png'),
    );
    await waitFor(() => expect(recognisedText()).toHaveValue(RECOGNISED));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says what to do when the OCR files are missing', async () => {
    const ocr = createFakeOcr([pageResult()]);
    ocr.failNext('ocr-assets-missing');
    const { user } = await openTool({ ocr });
    await user.click(samples().getByRole('button', { name: /table/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /could not be loaded.*Reload the page/,
    );
  });

  it('shows a named progress bar while recognising, and Cancel stops it without losing text', async () => {
    const ocr = createFakeOcr([pageResult()]);
    const { user } = await openTool({ ocr });
    await user.click(samples().getByRole('button', { name: /clean/ }));
    await waitFor(() => expect(recognisedText()).toHaveValue(RECOGNISED));
    ocr.hold = true;
    await user.click(samples().getByRole('button', { name: /two columns/ }));
    expect(
      await screen.findByRole('progressbar', { name: 'Recognising text' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(recognisedText()).toHaveFocus();
    expect(recognisedText()).toHaveValue(RECOGNISED);
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('Recognition cancelled.'),
    );
  });

  it('turns the page with the rotate buttons and recognises it again', async () => {
    const { user, store, ocr, image } = await openTool();
    store.getState().openExercise('ocr-tilted-photo');
    await user.click(samples().getByRole('button', { name: /phone/ }));
    await waitFor(() => expect(recognisedText()).toHaveValue(RECOGNISED));
    await user.click(screen.getByRole('button', { name: 'Rotate right' }));
    await waitFor(() => expect(ocr.calls).toBe(2));
    const rotated = store
      .getState()
      .runs['ocr-tilted-photo']?.events.filter((e) => e.type === 'ocr/rotated');
    expect(rotated).toEqual([expect.objectContaining({ degrees: 90, automatic: false })]);
    // The photo shows the turned page: the same canvas, painted again.
    const photo = screen.getByRole('img', { name: 'The page you chose' }) as HTMLCanvasElement;
    await waitFor(() => expect(image.painted.get(photo)).toContain('page=2'));
  });

  it('turns a page that reads as nonsense round by itself, and says so', async () => {
    // The first reading is what tesseract makes of an upside-down page: mostly doubtful words.
    const upsideDown = {
      words: wordsFromText('sdi ǝɥʇ ɐ uo ʇɐɥʍ xo ʍoq', () => 40),
      skewDegrees: 0,
    };
    const { user, store, ocr, image } = await openTool({
      ocr: createFakeOcr([upsideDown, pageResult()]),
    });
    store.getState().openExercise('ocr-tilted-photo');
    await user.upload(
      screen.getByLabelText('Choose a photo or PDF'),
      file(PNG, 'page.png', 'image/png'),
    );
    await waitFor(() => expect(recognisedText()).toHaveValue(RECOGNISED));
    expect(ocr.calls).toBe(2);
    expect(image.prepared).toBe(2);
    expect(
      screen.getByText(/wrong way up, so it was turned round/, { selector: 'figcaption' }),
    ).toBeInTheDocument();
    const rotated = store
      .getState()
      .runs['ocr-tilted-photo']?.events.filter((e) => e.type === 'ocr/rotated');
    expect(rotated).toEqual([expect.objectContaining({ degrees: 180, automatic: true })]);
  });

  it('keeps the first reading of a poor page when turning it round reads no better', async () => {
    const poor = { words: wordsFromText('blurred words here and there', () => 45), skewDegrees: 0 };
    const worse = { words: wordsFromText('x y', () => 20), skewDegrees: 0 };
    const { user, ocr } = await openTool({ ocr: createFakeOcr([poor, worse]) });
    await user.upload(
      screen.getByLabelText('Choose a photo or PDF'),
      file(PNG, 'page.png', 'image/png'),
    );
    await waitFor(() => expect(recognisedText()).toHaveValue('blurred words here and there'));
    expect(ocr.calls).toBe(2);
    expect(screen.queryByText(/turned round/)).not.toBeInTheDocument();
  });

  it('appears under the steps of a read-aloud exercise, and its steps complete from the panel', async () => {
    const ocr = createFakeOcr([pageResult(PAGE, 3)]);
    const view = await renderApp({
      path: '/exercises/ocr-tilted-photo',
      engines: {
        ocr,
        image: createFakeImage(),
        synthesis: createFakeSynthesis({ mode: 'manual' }),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'A tilted photo, and how to retake it' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /phone/ }));
    await waitFor(() => expect(recognisedText()).toHaveValue(RECOGNISED));
    const steps = within(
      screen.getByRole('heading', { name: 'Steps' }).parentElement as HTMLElement,
    ).getAllByRole('listitem');
    expect(steps[0]).toHaveTextContent('Done');
    expect(view.store.getState().runs['ocr-tilted-photo']?.completed).toHaveProperty('tilted');
  });
});
