import type { OcrWord } from '../../engines/ocr/ocr-engine';

/**
 * The bridge between OCR words (with boxes on the photo) and the editable
 * text (character offsets), in both directions. Pure: no React, no DOM.
 */

/** Below this confidence (0–100) a word is marked "check this word". */
export const LOW_CONFIDENCE = 80;

export interface TextToken {
  start: number;
  end: number;
  text: string;
}

/**
 * Below this confidence a "word" is almost always noise that OCR made out of
 * a shadow or the desk round the page ("Ea" at 7, "Saas" at 2), not a misread
 * word. It was 20, chosen on the phone-photo sample before the page pipeline
 * cropped the desk away; on a blurred page real words fall between 10 and 20
 * ("towards" at 12), and dropping them lost them without a word to check.
 * At 10, no corpus photo reads worse and both held-out blurred sets read
 * better (figures in docs/read-aloud-ocr.md, "Noise words").
 */
export const NOISE_CONFIDENCE = 10;

/**
 * What tesseract reads a list's round bullet as, seen on the corpus ("« Venus is the
 * hottest planet", "+ Jupiter is so large", "® some cotton wool"). Read aloud they
 * would be "plus" or "registered"; they are not words on the page.
 */
const MISREAD_BULLET = /^[\u00AB+\u00AE]$/u;

/** True when words[i] is a misread bullet: alone, first on its line, before a word. */
function misreadBullet(words: readonly OcrWord[], i: number): boolean {
  const word = words[i] as OcrWord;
  const before = words[i - 1];
  return (
    MISREAD_BULLET.test(word.text) &&
    before?.breakAfter !== 'space' &&
    word.breakAfter === 'space' &&
    /^\p{L}/u.test(words[i + 1]?.text ?? '')
  );
}

export function dropNoise(words: readonly OcrWord[], below = NOISE_CONFIDENCE): OcrWord[] {
  const kept: OcrWord[] = [];
  for (const [i, word] of words.entries()) {
    if (misreadBullet(words, i)) continue;
    if (word.confidence >= below) {
      kept.push({ ...word });
    } else if (kept.length && word.breakAfter !== 'space') {
      // Keep the line or paragraph break the dropped word carried.
      const last = kept[kept.length - 1] as OcrWord;
      if (last.breakAfter !== 'paragraph') last.breakAfter = word.breakAfter;
    }
  }
  return kept;
}

/** The words of a text with their character offsets (a word is a run of non-space). */
export function tokenise(text: string): TextToken[] {
  return [...text.matchAll(/\S+/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

interface Line {
  words: OcrWord[];
  x0: number;
  x1: number;
  /** Height of the line's tallest word box. */
  height: number;
  /** Widest gap between two of its words, over its height: columns of a table leave wide gaps. */
  widestGap: number;
  breakAfter: 'line' | 'paragraph';
}

function linesOf(words: readonly OcrWord[]): Line[] {
  const lines: Line[] = [];
  let current: OcrWord[] = [];
  for (const [i, word] of words.entries()) {
    current.push(word);
    if (word.breakAfter === 'space' && i < words.length - 1) continue;
    const height = Math.max(1, ...current.map((w) => w.box.y1 - w.box.y0));
    let widestGap = 0;
    for (let j = 1; j < current.length; j += 1) {
      const gap = (current[j]?.box.x0 ?? 0) - (current[j - 1]?.box.x1 ?? 0);
      widestGap = Math.max(widestGap, gap / height);
    }
    lines.push({
      words: current,
      x0: Math.min(...current.map((w) => w.box.x0)),
      x1: Math.max(...current.map((w) => w.box.x1)),
      height,
      widestGap,
      breakAfter: word.breakAfter === 'paragraph' ? 'paragraph' : 'line',
    });
    current = [];
  }
  return lines;
}

/** A line starting like a list item: a bullet, "1.", "2)", "a)" or a dash. */
const LIST_ITEM = /^([\u2022\u25CF\u25AA\u2013\u2014*-]|\(?\d{1,2}[.)]|\(?[a-z][.)])$/i;
/** How close to the paragraph's right edge a line must reach to run on (share of its width). */
const RUN_ON_SLACK = 0.12;
/** Wider gaps between words than this many line heights mean table columns. */
const COLUMN_GAP = 1.6;

/** True when `next` carries on the sentence of `line` (same paragraph, not a new item or row). */
function runsOn(line: Line, next: Line, right: number, width: number): boolean {
  if (line.widestGap > COLUMN_GAP || next.widestGap > COLUMN_GAP) return false; // table rows
  if (LIST_ITEM.test(next.words[0]?.text ?? '')) return false;
  // A heading is taller than the text under it.
  if (line.height > next.height * 1.3 || next.height > line.height * 1.3) return false;
  // A line that stops well short of the right edge ended there on purpose.
  return line.x1 >= right - width * RUN_ON_SLACK;
}

/** A word cut at the end of a line ("cy-" then "cle"): a letter, a hyphen, then a lower-case start. */
function hyphenated(last: string, next: string): boolean {
  return /\p{L}[-\u00AD]$/u.test(last) && /^\p{Ll}/u.test(next);
}

/**
 * OCR words as text that reads like the page: the lines of a paragraph joined
 * into one (a word hyphenated at a line end rejoined), headings, list items
 * and table rows each on a line of their own, a blank line between
 * paragraphs. Every OCR word's text is in the result, in order, so the words
 * of the text still align with their boxes (see alignTokens).
 */
export function layoutWords(words: readonly OcrWord[]): string {
  const lines = linesOf(words);
  let out = '';
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length - 1 && lines[end]?.breakAfter !== 'paragraph') end += 1;
    const paragraph = lines.slice(start, end + 1);
    const right = Math.max(...paragraph.map((l) => l.x1));
    const width = right - Math.min(...paragraph.map((l) => l.x0));
    paragraph.forEach((line, i) => {
      out += line.words.map((w) => w.text).join(' ');
      const next = paragraph[i + 1];
      if (!next) return;
      if (!runsOn(line, next, right, width)) out += '\n';
      else if (!hyphenated(line.words.at(-1)?.text ?? '', next.words[0]?.text ?? '')) out += ' ';
      else out = out.replace(/[-\u00AD]$/u, '');
    });
    if (end < lines.length - 1) out += '\n\n';
    start = end + 1;
  }
  return out;
}

const comparable = (word: string) =>
  word
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** How far ahead to look for a token's OCR word after the person edited the text. */
const LOOKAHEAD = 8;

/**
 * For each word of the (possibly edited) text, the index of the OCR word it
 * came from, or -1 for a word the person typed or changed. Greedy, in order,
 * so a deleted or inserted word does not throw the rest off.
 */
export function alignTokens(tokens: readonly TextToken[], words: readonly OcrWord[]): number[] {
  const alignment: number[] = [];
  let next = 0;
  for (const token of tokens) {
    const wanted = comparable(token.text);
    let found = -1;
    let taken = 1;
    for (let j = next; j < Math.min(words.length, next + LOOKAHEAD); j += 1) {
      if (comparable(words[j]?.text ?? '') === wanted) {
        found = j;
        break;
      }
      // A word hyphenated at a line end, rejoined by layoutWords: the first half has the box.
      const joined = `${(words[j]?.text ?? '').replace(/[-\u00AD]$/u, '')}${words[j + 1]?.text ?? ''}`;
      if (/[-\u00AD]$/u.test(words[j]?.text ?? '') && comparable(joined) === wanted) {
        found = j;
        taken = 2;
        break;
      }
    }
    alignment.push(found);
    if (found >= 0) next = found + taken;
  }
  return alignment;
}

/** The index of the token containing (or starting at) a character offset, or -1. */
export function tokenAt(tokens: readonly TextToken[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const token = tokens[mid] as TextToken;
    if (offset < token.start) high = mid - 1;
    else if (offset >= token.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** The OCR box of the word being spoken (a character range of the text), or null. */
export function boxForRange(
  text: string,
  words: readonly OcrWord[],
  range: { start: number; end: number } | null,
): OcrWord['box'] | null {
  if (!range) return null;
  const tokens = tokenise(text);
  const token = tokenAt(tokens, range.start);
  if (token < 0) return null;
  const word = alignTokens(tokens, words)[token] ?? -1;
  return word >= 0 ? (words[word]?.box ?? null) : null;
}

export interface WordToCheck extends TextToken {
  confidence: number;
}

/** Words in the text that OCR was unsure of and the person has not changed: "check this word". */
export function wordsToCheck(
  text: string,
  words: readonly OcrWord[],
  threshold = LOW_CONFIDENCE,
): WordToCheck[] {
  const tokens = tokenise(text);
  const alignment = alignTokens(tokens, words);
  const out: WordToCheck[] = [];
  tokens.forEach((token, i) => {
    const word = words[alignment[i] ?? -1];
    if (word && word.confidence < threshold) out.push({ ...token, confidence: word.confidence });
  });
  return out;
}

export interface OcrSummary {
  words: number;
  lowConfidenceWords: number;
  /** Mean word confidence, 0–100, rounded; 0 when there are no words. */
  meanConfidence: number;
}

export function summarise(words: readonly OcrWord[], threshold = LOW_CONFIDENCE): OcrSummary {
  const total = words.reduce((sum, word) => sum + word.confidence, 0);
  return {
    words: words.length,
    lowConfidenceWords: words.filter((word) => word.confidence < threshold).length,
    meanConfidence: words.length ? Math.round(total / words.length) : 0,
  };
}

/** Said and shown when a page was read again half a turn round. */
export const TURNED_ROUND_NOTE = 'The page was the wrong way up, so it was turned round.';

/**
 * True when a reading looks like a page the wrong way up. Measured on the four
 * samples turned every quarter turn (tesseract reads a page turned a quarter
 * clockwise as well as an upright one): upright and clockwise readings had a
 * mean confidence of 94–96% with at most 5% of words to check; upside-down and
 * anticlockwise ones 50–62%, with 54–80% of words to check.
 */
export function looksUpsideDown({
  words,
  lowConfidenceWords,
  meanConfidence,
}: OcrSummary): boolean {
  return words > 0 && meanConfidence < 70 && lowConfidenceWords / words > 0.5;
}

/** The better of two readings of the same page: more confidence, then more words. */
export function betterReading(a: OcrSummary, b: OcrSummary): 'a' | 'b' {
  if (a.meanConfidence !== b.meanConfidence) return a.meanConfidence > b.meanConfidence ? 'a' : 'b';
  return a.words >= b.words ? 'a' : 'b';
}
