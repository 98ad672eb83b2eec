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
 * a shadow or the desk round the page ("Ea", "AGT"), not a mis-read word.
 * Measured on the phone-photo sample, dropping them roughly halves the
 * character error rate (figures in docs/read-aloud-ocr.md).
 */
export const NOISE_CONFIDENCE = 20;

export function dropNoise(words: readonly OcrWord[], below = NOISE_CONFIDENCE): OcrWord[] {
  const kept: OcrWord[] = [];
  for (const word of words) {
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

/** OCR words as text: spaces between words, a line break per line, a blank line per paragraph. */
export function layoutWords(words: readonly OcrWord[]): string {
  return words
    .map((word, i) => {
      if (i === words.length - 1) return word.text;
      return (
        word.text +
        (word.breakAfter === 'paragraph' ? '\n\n' : word.breakAfter === 'line' ? '\n' : ' ')
      );
    })
    .join('');
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
    for (let j = next; j < Math.min(words.length, next + LOOKAHEAD); j += 1) {
      if (comparable(words[j]?.text ?? '') === wanted) {
        found = j;
        break;
      }
    }
    alignment.push(found);
    if (found >= 0) next = found + 1;
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
