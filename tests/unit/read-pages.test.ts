import { describe, expect, it } from 'vitest';
import { createFakeDocuments } from '../../src/engines/documents/fake-documents';
import { createFakeImage } from '../../src/engines/image/fake-image';
import { createFakeOcr, wordsFromText } from '../../src/engines/ocr/fake-ocr';
import {
  FileProblem,
  type RecognisedPage,
  readPages,
} from '../../src/features/read-aloud/read-pages';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const picture = () => new Blob([PNG], { type: 'image/png' });
const notAPicture = () => new Blob([new TextEncoder().encode('just some text')]);

function engines() {
  const image = createFakeImage();
  const ocr = createFakeOcr([
    { words: wordsFromText('first page'), skewDegrees: 0 },
    { words: wordsFromText('second page'), skewDegrees: 0 },
    { words: wordsFromText('third page'), skewDegrees: 0 },
  ]);
  return { image, ocr, documents: createFakeDocuments() };
}

/** Resolves once `ready()` is true, checking after each turn of the event loop. */
async function until(ready: () => boolean) {
  for (let i = 0; i < 200 && !ready(); i += 1) await new Promise((r) => setTimeout(r, 0));
  expect(ready()).toBe(true);
}

describe('readPages, several files', () => {
  it('prepares the next page while one is read, and hands the pages over in order', async () => {
    const e = engines();
    e.ocr.hold = true;
    const pages: RecognisedPage[] = [];
    const done = readPages([picture(), picture(), picture()], {
      engines: e,
      signal: new AbortController().signal,
      source: 'file',
      onProgress: () => {},
      onPage: (page) => pages.push(page),
    });
    // The first page is being read: the second is already prepared, the third not yet.
    await until(() => e.ocr.calls === 1 && e.image.prepared === 2);
    expect(pages).toEqual([]);
    e.ocr.release();
    await until(() => e.ocr.calls === 2 && e.image.prepared === 3);
    e.ocr.release();
    await until(() => e.ocr.calls === 3);
    e.ocr.release();
    await done;
    expect(pages.map((p) => p.words.map((w) => w.text).join(' '))).toEqual([
      'first page',
      'second page',
      'third page',
    ]);
    expect(e.image.prepared).toBe(3);
  });

  it('reports a bad second file only after the first page is read, naming the second', async () => {
    const e = engines();
    e.ocr.hold = true;
    const pages: RecognisedPage[] = [];
    let failure: unknown;
    const done = readPages([picture(), notAPicture()], {
      engines: e,
      signal: new AbortController().signal,
      source: 'file',
      onProgress: () => {},
      onPage: (page) => pages.push(page),
    }).catch((error) => {
      failure = error;
    });
    // The second file has already failed to prepare while the first is read: nothing yet.
    await until(() => e.ocr.calls === 1);
    await new Promise((r) => setTimeout(r, 10));
    expect(failure).toBeUndefined();
    e.ocr.release();
    await done;
    expect(pages).toHaveLength(1);
    expect(failure).toBeInstanceOf(FileProblem);
    expect((failure as FileProblem).fileIndex).toBe(1);
  });

  it('reads no further page once cancelled, and leaves the page prepared ahead unread', async () => {
    const e = engines();
    e.ocr.hold = true;
    const controller = new AbortController();
    const pages: RecognisedPage[] = [];
    const done = readPages([picture(), picture(), picture()], {
      engines: e,
      signal: controller.signal,
      source: 'file',
      onProgress: () => {},
      onPage: (page) => pages.push(page),
    }).catch(() => {});
    await until(() => e.ocr.calls === 1 && e.image.prepared === 2);
    controller.abort();
    await done;
    expect(pages).toEqual([]);
    expect(e.ocr.calls).toBe(1);
    expect(e.image.prepared).toBe(2);
  });
});
