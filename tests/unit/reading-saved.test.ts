import { describe, expect, it } from 'vitest';
import { parsePages, parseText } from '../../src/features/read-aloud/saved-reading';

const page = {
  words: [],
  width: 10,
  height: 10,
  displayUrl: 'data:,',
  skewDegrees: 0,
  source: 'file',
};

describe('what Read aloud finds saved', () => {
  it('reads the text, or no text for anything else', () => {
    expect(parseText('The Water Cycle')).toBe('The Water Cycle');
    // A text of digits alone, saved bare before records existed, comes back as a number.
    expect(parseText(42)).toBe('42');
    expect(parseText(undefined)).toBe('');
    expect(parseText({ text: 'x' })).toBe('');
  });

  it('reads a list of pages, and the single page saved before documents had several', () => {
    expect(parsePages([page, page])).toHaveLength(2);
    expect(parsePages(page)).toEqual([page]);
    expect(parsePages(undefined)).toEqual([]);
    expect(parsePages([page, { words: 'damaged' }, null])).toEqual([page]);
  });
});
