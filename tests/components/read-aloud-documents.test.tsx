import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeDocuments, fakePdfBytes } from '../../src/engines/documents/fake-documents';
import { createFakeImage } from '../../src/engines/image/fake-image';
import { createFakeOcr, wordsFromText } from '../../src/engines/ocr/fake-ocr';
import { createMemoryStorage } from '../../src/engines/storage/memory-storage';
import { createFakeSynthesis } from '../../src/engines/synthesis/fake-synthesis';
import { renderApp } from './render-app';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const HEIC = new Uint8Array([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0, 0]);
const file = (bytes: Uint8Array | string, name: string, type: string) =>
  new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name, { type });
const result = (text: string) => ({ words: wordsFromText(text), skewDegrees: 0 });
const textPdf = (...pages: string[]) =>
  file(
    fakePdfBytes({ pages: pages.map((text) => ({ words: text ? wordsFromText(text) : [] })) }),
    'worksheet.pdf',
    'application/pdf',
  );

async function openTool(
  ocr = createFakeOcr([result('First photo page.')]),
  storage = createMemoryStorage(),
) {
  const documents = createFakeDocuments();
  const synthesis = createFakeSynthesis({ mode: 'manual' });
  const view = await renderApp({
    path: '/tools/read-aloud',
    engines: { ocr, image: createFakeImage(), synthesis, documents, storage },
  });
  await screen.findByRole('heading', { level: 1, name: 'Read aloud' });
  const user = userEvent.setup({ applyAccept: false });
  const choose = (...files: File[]) =>
    user.upload(screen.getByLabelText('Choose a photo or PDF'), files);
  return { ...view, ocr, documents, synthesis, user, choose };
}

const recognisedText = () => screen.getByRole('textbox', { name: 'Recognised text' });
const events = (store: Awaited<ReturnType<typeof openTool>>['store']) =>
  store.getState().runs['ocr-pdf-worksheet']?.events ?? [];

describe('Read aloud with PDFs, HEIC photos and several pages (fake engines)', () => {
  it('accepts several files at once', async () => {
    await openTool();
    expect(screen.getByLabelText('Choose a photo or PDF')).toHaveAttribute('multiple');
  });

  it('reads a PDF with a text layer from its text, without OCR, and says which page is read', async () => {
    const { choose, ocr, store, synthesis, user } = await openTool();
    store.getState().openExercise('ocr-pdf-worksheet');
    await choose(textPdf('The Water Cycle\n\nRain falls.', 'Rivers flow to the sea.'));
    await waitFor(() =>
      expect(recognisedText()).toHaveValue(
        'The Water Cycle\n\nRain falls.\n\nRivers flow to the sea.',
      ),
    );
    expect(ocr.calls).toBe(0);
    expect(events(store)).toContainEqual(
      expect.objectContaining({ type: 'ocr/recognised', format: 'pdf', pages: 2, words: 10 }),
    );
    expect(screen.getByRole('img', { name: 'Page 1 of 2' })).toBeInTheDocument();
    // Reading into page 2 turns the photo view to page 2, and the reading view shows the break.
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    await waitFor(() => expect(synthesis.speaking).toBe(true));
    act(() => synthesis.step(6));
    await waitFor(() => expect(document.querySelector('mark')).toHaveTextContent('Rivers'));
    expect(screen.getByRole('img', { name: 'Page 2 of 2' })).toBeInTheDocument();
    expect(screen.getByTestId('active-box')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Reading view' })).toHaveTextContent('Page 2');
  });

  it('keeps every page of a document across a reload', async () => {
    const storage = createMemoryStorage();
    const first = await openTool(undefined, storage);
    await first.choose(textPdf('Page one.', 'Page two.'));
    await waitFor(() => expect(recognisedText()).toHaveValue('Page one.\n\nPage two.'));
    // A reload: the page is left (pagehide) before it goes.
    storage.leave();
    first.unmount();
    await openTool(undefined, storage);
    await waitFor(() => expect(recognisedText()).toHaveValue('Page one.\n\nPage two.'));
    expect(await screen.findByRole('img', { name: 'Page 1 of 2' })).toBeInTheDocument();
  });

  it('reads a scanned PDF page by OCR, and the pages of several files in the order chosen', async () => {
    const ocr = createFakeOcr([
      result('Scanned page.'),
      result('Photo page.'),
      result('Heic page.'),
    ]);
    const { choose, store } = await openTool(ocr);
    store.getState().openExercise('ocr-pdf-worksheet');
    await choose(
      textPdf(''),
      file(PNG, 'photo.png', 'image/png'),
      file(HEIC, 'IMG_1.HEIC', 'image/heic'),
    );
    await waitFor(() =>
      expect(recognisedText()).toHaveValue('Scanned page.\n\nPhoto page.\n\nHeic page.'),
    );
    expect(ocr.calls).toBe(3);
    expect(events(store)).toContainEqual(
      expect.objectContaining({ type: 'ocr/recognised', format: 'pdf', pages: 3 }),
    );
  });

  it('shows "Page 2 of 3" while reading several pages, and Cancel keeps the pages already read', async () => {
    const base = createFakeOcr([result('One.'), result('Two.'), result('Three.')]);
    // Holds from the second page on, so Cancel comes while page 2 is read.
    const ocr = {
      ...base,
      warmUp: () => base.warmUp(),
      recognise: (image: Blob, options?: Parameters<typeof base.recognise>[1]) => {
        base.hold = base.calls >= 1;
        return base.recognise(image, options);
      },
    };
    const { choose, user } = await openTool(ocr as typeof base);
    await choose(
      file(PNG, 'a.png', 'image/png'),
      file(PNG, 'b.png', 'image/png'),
      file(PNG, 'c.png', 'image/png'),
    );
    await waitFor(() => expect(screen.getByText('Page 2 of 3')).toBeInTheDocument());
    expect(screen.getByRole('progressbar', { name: 'Recognising text' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(recognisedText()).toHaveValue('One.');
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(
        'Recognition cancelled. The page already read is kept.',
      ),
    );
  });

  it('keeps the pages before a bad file and names the file in the message', async () => {
    const { choose } = await openTool(createFakeOcr([result('Good page.')]));
    await choose(file(PNG, 'good.png', 'image/png'), file('notes', 'notes.txt', 'text/plain'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /“notes.txt”: This file is not a picture or a PDF/,
    );
    expect(recognisedText()).toHaveValue('Good page.');
  });
});
