import { describe, expect, it } from 'vitest';
import { allChecks } from '../../src/domain/checks/all-checks';
import type { PracticeEvent, PracticeEventBody } from '../../src/domain/exercises/events';

const at = (body: PracticeEventBody, i = 0): PracticeEvent => ({ ...body, at: 1000 + i });
const recognised = (extra: Partial<Extract<PracticeEventBody, { type: 'ocr/recognised' }>> = {}) =>
  at({
    type: 'ocr/recognised',
    source: 'sample',
    sampleId: 'phone-photo',
    words: 110,
    lowConfidenceWords: 6,
    meanConfidence: 88,
    ...extra,
  });

function passes(id: string, params: unknown, events: PracticeEvent[]): boolean {
  const check = allChecks.get(id);
  if (!check) throw new Error(`no check ${id}`);
  return check.evaluate(events, check.params.parse(params));
}

describe('OCR checks', () => {
  it.each([
    ['any page', {}, [recognised()], true],
    ['no page yet', {}, [], false],
    ['the phone photo', { sampleId: 'phone-photo' }, [recognised()], true],
    [
      'the clean sample, but only the photo was read',
      { sampleId: 'clean-worksheet' },
      [recognised()],
      false,
    ],
    ['the person’s own photo', { source: 'file' }, [recognised()], false],
    [
      'the person’s own photo, read',
      { source: 'file' },
      [recognised({ source: 'file', sampleId: undefined })],
      true,
    ],
    ['at least 200 words', { minWords: 200 }, [recognised()], false],
    ['a PDF, but only a photo was read', { format: 'pdf' }, [recognised()], false],
    ['a PDF', { format: 'pdf' }, [recognised({ source: 'file', format: 'pdf' })], true],
    [
      'an iPhone photo, but a PDF was read',
      { format: 'heic' },
      [recognised({ format: 'pdf' })],
      false,
    ],
    ['two pages, but one was read', { minPages: 2 }, [recognised()], false],
    ['two pages', { minPages: 2 }, [recognised({ pages: 3 })], true],
  ])('ocr-recognised: %s', (_name, params, events, expected) => {
    expect(passes('ocr-recognised', params, events)).toBe(expected);
  });

  it('ocr-pages-compared needs two different pages', () => {
    expect(passes('ocr-pages-compared', {}, [recognised(), recognised()])).toBe(false);
    expect(
      passes('ocr-pages-compared', {}, [recognised(), recognised({ sampleId: 'clean-worksheet' })]),
    ).toBe(true);
  });

  it.each([
    ['ocr-word-checked', { type: 'ocr/word-checked', confidence: 40 }],
    ['ocr-word-corrected', { type: 'ocr/word-corrected' }],
  ] as const)('%s counts events up to "atLeast"', (id, body) => {
    expect(passes(id, {}, [at(body)])).toBe(true);
    expect(passes(id, { atLeast: 2 }, [at(body)])).toBe(false);
    expect(passes(id, { atLeast: 2 }, [at(body, 1), at(body, 2)])).toBe(true);
  });

  it.each([
    [{}, false, true],
    [{ automatic: true }, true, true],
    [{ automatic: true }, false, false],
    [{ automatic: false }, false, true],
  ])('ocr-rotated %j after a turn (automatic: %s) → %s', (params, automatic, expected) => {
    expect(
      passes('ocr-rotated', params, [at({ type: 'ocr/rotated', degrees: 90, automatic })]),
    ).toBe(expected);
  });

  it('rejects parameters it does not know', () => {
    expect(() => allChecks.get('ocr-recognised')?.params.parse({ sample: 'x' })).toThrow();
  });
});
