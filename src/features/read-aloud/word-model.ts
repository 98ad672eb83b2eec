import type { OcrWord } from '../../engines/ocr/ocr-engine';
import { alignTokens, LOW_CONFIDENCE, tokenise, type WordToCheck } from './ocr-document';
import type { ReadingDocument } from './reading/reading-document';

/**
 * One word model for Read aloud: the reading document's words (what the
 * voices speak and the reading view shows) linked once to the words found on
 * the pages (OCR, or a PDF's text layer), so each spoken word knows its page
 * and its box. Computed once per text change; everything else only looks up.
 * Pure: no React, no DOM.
 */

/** A word found on a page, with the page it is on (0-based, in the order the pages were chosen). */
export interface PageWord extends OcrWord {
  page: number;
}

export interface WordModel {
  doc: ReadingDocument;
  words: readonly PageWord[];
  /** For each word of `doc`, the index in `words` it came from, or -1 (typed, or changed by hand). */
  source: readonly number[];
  /** For each word of `doc`, the page it is on: its own, else the page of the last found word before it. */
  page: readonly number[];
  /** Words OCR was unsure of that the person has not changed ("check this word"). */
  toCheck: readonly WordToCheck[];
}

/** The words of every page, in page order, each tagged with its page. */
export function pageWords(pages: readonly { words: readonly OcrWord[] }[]): PageWord[] {
  return pages.flatMap((page, index) => page.words.map((word) => ({ ...word, page: index })));
}

/**
 * Links the document's words to the page words. The text is first cut at
 * spaces and aligned with the page words (a page word is a run of non-space
 * characters, as OCR and the text layer give them); each document word then
 * takes the page word of the space-separated token it sits in, so "well-known"
 * on the page lights up for both "well" and "known" when they are spoken.
 */
export function alignOcrWords(
  doc: ReadingDocument,
  words: readonly PageWord[],
  threshold = LOW_CONFIDENCE,
): WordModel {
  // Typed or pasted text with no pages: nothing to link (and no need to cut a long text up).
  if (words.length === 0) {
    const none = doc.words.map(() => -1);
    return { doc, words, source: none, page: doc.words.map(() => 0), toCheck: [] };
  }
  const tokens = tokenise(doc.text);
  const tokenSource = alignTokens(tokens, words);
  const source: number[] = [];
  const page: number[] = [];
  let token = 0;
  let lastPage = 0;
  for (const word of doc.words) {
    while (token < tokens.length && (tokens[token]?.end ?? 0) <= word.start) token += 1;
    const inToken = tokens[token];
    const found = inToken && inToken.start <= word.start ? (tokenSource[token] ?? -1) : -1;
    source.push(found);
    if (found >= 0) lastPage = words[found]?.page ?? lastPage;
    page.push(lastPage);
  }
  const toCheck: WordToCheck[] = [];
  tokens.forEach((t, i) => {
    const word = words[tokenSource[i] ?? -1];
    if (word && word.confidence < threshold) toCheck.push({ ...t, confidence: word.confidence });
  });
  return { doc, words, source, page, toCheck };
}

/** The page word behind a document word (its page and box), or null for a typed word. */
export function pageWordOf(model: WordModel, docWord: number | null): PageWord | null {
  if (docWord === null) return null;
  return model.words[model.source[docWord] ?? -1] ?? null;
}

/** How many pages the words come from (at least 1 once there is any page). */
export function pageCount(model: WordModel): number {
  return model.words.reduce((most, word) => Math.max(most, word.page + 1), 0);
}
