import { describe, expect, it } from 'vitest';
import {
  parseDocument,
  parseLines,
  parseWhole,
} from '../../src/features/read-aloud/reading/reading-document';

// parseDocument parses a long text again only around an edit, and parses a long text a few lines
// at a time; both must give exactly what one parse of the whole text in one go gives.
const PIECES = [
  'The cat sat. ',
  'Mr. Smith went home.\n',
  'e.g. this\n\n',
  '  indented line\n',
  'well-known ',
  '\n',
  'Hello? ',
  'a',
  ' ',
  '.',
  'Dr.\n',
  '“Quote.” ',
  '1.5 km ',
  '\n\n- item one\n',
];

function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const oneGo = (text: string) => parseLines(text, 'en-GB');

describe('parseDocument on long texts', () => {
  it('gives the same words and sentences after random edits as parsing the edited text afresh', () => {
    const rand = generator(11);
    const pick = () => PIECES[Math.floor(rand() * PIECES.length)] as string;
    let text = '';
    while (text.length < 6000) text += pick();
    parseDocument(text);
    for (let i = 0; i < 40; i += 1) {
      const at = Math.floor(rand() * (text.length + 1));
      const removed = rand() < 0.3 ? Math.floor(rand() * 30) : 0;
      const typed = rand() < 0.8 ? pick().slice(0, 1 + Math.floor(rand() * 12)) : '';
      text = text.slice(0, at) + typed + text.slice(at + removed);
      expect(parseDocument(text)).toEqual(oneGo(text));
    }
  }, 60_000); // every edit is also parsed in one go, the slow way

  it('keeps the very word objects before an edit, so the reading view can skip them', () => {
    const text = 'The pupils measured the ramp.\n'.repeat(400);
    const before = parseDocument(text);
    const after = parseDocument(`${text}And then they wrote it down.`);
    expect(after.words[10]).toBe(before.words[10]);
    expect(after.words.at(-1)?.text).toBe('down');
  });

  it('parses a long text in pieces exactly as in one go', () => {
    const text = 'One sentence here. Another one?\n\n  Indented line\nMr. Smith.\n'.repeat(200);
    expect(parseWhole(text)).toEqual(oneGo(text));
  });
});
