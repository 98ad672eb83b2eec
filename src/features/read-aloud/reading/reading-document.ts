/**
 * A text as the reading view and the voices see it: sentences and words with
 * character offsets (UTF-16, as JavaScript strings count) into the original
 * text, so a word event from any voice maps back to one word on screen.
 * Pure: no DOM, no React.
 */

export interface Word {
  index: number;
  /** Offset of the first character in the text. */
  start: number;
  /** Offset just after the last character. */
  end: number;
  text: string;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Index of its first word, and one past its last (equal when it has no words). */
  firstWord: number;
  endWord: number;
}

export interface ReadingDocument {
  text: string;
  words: Word[];
  sentences: Sentence[];
}

interface Span {
  start: number;
  end: number;
}

type SegmenterCtor = new (
  locale: string,
  options: { granularity: 'word' | 'sentence' },
) => { segment(text: string): Iterable<{ segment: string; index: number; isWordLike?: boolean }> };

function segmenter(): SegmenterCtor | undefined {
  return (Intl as unknown as { Segmenter?: SegmenterCtor }).Segmenter;
}

// Fallbacks for browsers without Intl.Segmenter (Firefox before 125): rough but safe.
const FALLBACK_SENTENCE = /[^.!?…\n]*(?:[.!?…]+["'”’)\]]*|\n+|$)\s*/gu;
const FALLBACK_WORD = /[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu;

function sentenceSpans(text: string, locale: string): Span[] {
  const Segmenter = segmenter();
  const spans: Span[] = [];
  if (Segmenter) {
    for (const part of new Segmenter(locale, { granularity: 'sentence' }).segment(text)) {
      spans.push({ start: part.index, end: part.index + part.segment.length });
    }
  } else {
    for (const match of text.matchAll(FALLBACK_SENTENCE)) {
      if (match[0].length > 0)
        spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  // A line break ends a sentence too: OCR text has headings and list items without full stops.
  return mergeAbbreviations(text, spans).flatMap((span) => splitAtLineBreaks(text, span));
}

/** ICU ends a sentence after "Mr." and "e.g."; join those back to what follows. */
const ABBREVIATION_END =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Mt|Rev|vs|e\.g|i\.e|approx)\.\s*$/iu;

function mergeAbbreviations(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (
      last &&
      ABBREVIATION_END.test(text.slice(last.start, last.end)) &&
      !/\n/u.test(text.slice(last.start, last.end))
    ) {
      last.end = span.end;
    } else {
      out.push({ ...span });
    }
  }
  return out;
}

function splitAtLineBreaks(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  const body = text.slice(span.start, span.end);
  for (const match of body.matchAll(/\n\s*/gu)) {
    const end = span.start + match.index + match[0].length;
    if (end < span.end && text.slice(start, end).trim()) {
      out.push({ start, end });
      start = end;
    }
  }
  out.push({ start, end: span.end });
  return out;
}

function wordSpans(text: string, locale: string): Span[] {
  const Segmenter = segmenter();
  const spans: Span[] = [];
  if (Segmenter) {
    for (const part of new Segmenter(locale, { granularity: 'word' }).segment(text)) {
      if (part.isWordLike) spans.push({ start: part.index, end: part.index + part.segment.length });
    }
  } else {
    for (const match of text.matchAll(FALLBACK_WORD)) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}

/** One stretch of text, segmented in one go (exported so tests can hold the faster paths to it). */
export function parseLines(text: string, locale: string): ReadingDocument {
  const sentenceList = sentenceSpans(text, locale).filter((span) =>
    text.slice(span.start, span.end).trim(),
  );
  const words: Word[] = [];
  const sentences: Sentence[] = [];
  const all = wordSpans(text, locale);
  let cursor = 0;
  sentenceList.forEach((span, sentenceIndex) => {
    const firstWord = words.length;
    while (cursor < all.length && (all[cursor] as Span).start < span.end) {
      const word = all[cursor] as Span;
      cursor += 1;
      if (word.start < span.start) continue;
      words.push({
        index: words.length,
        start: word.start,
        end: word.end,
        text: text.slice(word.start, word.end),
        sentence: sentenceIndex,
      });
    }
    sentences.push({ index: sentenceIndex, ...span, firstWord, endWord: words.length });
  });
  return { text, words, sentences };
}

/** Words and sentences of a part of the text that starts at `offset`, added after those so far. */
function append(
  into: { words: Word[]; sentences: Sentence[] },
  part: ReadingDocument,
  offset: number,
) {
  const firstWord = into.words.length;
  const firstSentence = into.sentences.length;
  for (const s of part.sentences)
    into.sentences.push({
      index: s.index + firstSentence,
      start: s.start + offset,
      end: s.end + offset,
      firstWord: s.firstWord + firstWord,
      endWord: s.endWord + firstWord,
    });
  for (const w of part.words)
    into.words.push({
      ...w,
      index: w.index + firstWord,
      start: w.start + offset,
      end: w.end + offset,
      sentence: w.sentence + firstSentence,
    });
}

/**
 * Pieces of about this many characters are segmented one at a time: Chromium's
 * and Node's Intl.Segmenter slow down far more than in proportion on long
 * strings (200,000 characters in one go took seconds).
 */
const PIECE = 2000;

/** The whole text parsed from scratch, a few lines at a time. */
export function parseWhole(text: string, locale = 'en-GB'): ReadingDocument {
  if (text.length <= PIECE) return parseLines(text, locale);
  const doc: ReadingDocument = { text, words: [], sentences: [] };
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + PIECE);
    while (to < text.length && !lineStart(text, to)) to += 1;
    append(doc, parseLines(text.slice(from, to), locale), from);
    from = to;
  }
  return doc;
}

/**
 * Texts longer than this are parsed again only around an edit: each keystroke
 * in a long text would otherwise segment every character again (tens of ms at
 * 200,000 characters, more than a frame).
 */
const INCREMENTAL_FROM = 4000;

/** The last parse, so the next one can reuse everything an edit did not touch. */
let last: { locale: string; doc: ReadingDocument } | null = null;

export function parseDocument(text: string, locale = 'en-GB'): ReadingDocument {
  const previous = last?.locale === locale ? last.doc : null;
  const doc =
    previous && text.length >= INCREMENTAL_FROM && previous.text.length >= INCREMENTAL_FROM
      ? reparse(previous, text, locale)
      : parseWhole(text, locale);
  last = { locale, doc };
  return doc;
}

/**
 * True where a line begins with a non-space character: both segmenters (and the
 * fallbacks) always end a sentence there, and no word crosses it, so the text
 * either side parses the same alone as in the whole.
 */
const lineStart = (text: string, at: number) =>
  at === 0 || at === text.length || (text[at - 1] === '\n' && /\S/u.test(text[at] as string));

/** Parses only the lines an edit touched; words and sentences before them are reused as they are. */
function reparse(previous: ReadingDocument, text: string, locale: string): ReadingDocument {
  const old = previous.text;
  if (old === text) return previous;
  const shortest = Math.min(old.length, text.length);
  let prefix = 0;
  while (prefix < shortest && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)
  )
    suffix += 1;
  // Widen the edit to whole lines that are the same in both texts.
  let from = Math.max(0, prefix - 1);
  while (from > 0 && !lineStart(text, from)) from -= 1;
  const shift = text.length - old.length;
  let to = text.length - suffix + 1;
  while (to < text.length && !lineStart(text, to)) to += 1;
  to = Math.min(to, text.length);
  if (from === 0 && to === text.length) return parseWhole(text, locale);
  const oldTo = to - shift;

  const wordsBefore = previous.words.filter((w) => w.end <= from);
  const sentencesBefore = previous.sentences.filter((s) => s.end <= from);
  const doc: ReadingDocument = { text, words: [...wordsBefore], sentences: [...sentencesBefore] };
  append(doc, parseWhole(text.slice(from, to), locale), from);
  const { words, sentences } = doc;
  const afterSentence = previous.sentences.findIndex((s) => s.start >= oldTo);
  if (afterSentence >= 0) {
    const wordShift = words.length - (previous.sentences[afterSentence] as Sentence).firstWord;
    const sentenceShift = sentences.length - afterSentence;
    for (const s of previous.sentences.slice(afterSentence))
      sentences.push({
        index: s.index + sentenceShift,
        start: s.start + shift,
        end: s.end + shift,
        firstWord: s.firstWord + wordShift,
        endWord: s.endWord + wordShift,
      });
    for (const w of previous.words.slice((previous.sentences[afterSentence] as Sentence).firstWord))
      words.push({
        ...w,
        index: w.index + wordShift,
        start: w.start + shift,
        end: w.end + shift,
        sentence: w.sentence + sentenceShift,
      });
  }
  return doc;
}

/**
 * The word at a character offset: the word containing it, else the next word
 * after it, else the last word. -1 when the text has no words.
 */
export function wordAtOffset(doc: ReadingDocument, offset: number): number {
  const { words } = doc;
  if (words.length === 0) return -1;
  let low = 0;
  let high = words.length - 1;
  // The last word that starts at or before the offset.
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((words[mid] as Word).start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (found === -1) return 0;
  if (offset < (words[found] as Word).end) return found;
  return Math.min(found + 1, words.length - 1);
}

/**
 * The text cut into runs for rendering: words (with their index) and the
 * characters between them, in order, covering the whole text.
 */
export type Run = { kind: 'word'; word: Word } | { kind: 'gap'; text: string; start: number };

export function runsOf(doc: ReadingDocument): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const word of doc.words) {
    if (word.start > at)
      runs.push({ kind: 'gap', text: doc.text.slice(at, word.start), start: at });
    runs.push({ kind: 'word', word });
    at = word.end;
  }
  if (at < doc.text.length) runs.push({ kind: 'gap', text: doc.text.slice(at), start: at });
  return runs;
}

/** Converts a 0-based count of Unicode code points into a UTF-16 offset in `text`. */
export function codePointToUtf16(text: string, codePoints: number): number {
  let offset = 0;
  for (let seen = 0; seen < codePoints && offset < text.length; seen += 1) {
    const code = text.codePointAt(offset) ?? 0;
    offset += code > 0xffff ? 2 : 1;
  }
  return offset;
}
