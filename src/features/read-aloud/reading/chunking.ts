import type { ReadingDocument, Word } from './reading-document';

/**
 * A piece of text sent to a voice in one go. Chrome stops an utterance after
 * about 15 seconds (crbug.com/679437), so no chunk may take that long to say.
 */
export interface SpeechChunk {
  /** Offset of the chunk's first character in the document. */
  start: number;
  end: number;
  text: string;
  firstWord: number;
  /** One past the chunk's last word. */
  endWord: number;
}

/**
 * Characters a voice says per second at rate 1: espeak-ng's 175 words a
 * minute over English's average of about 6 characters a word (with the space).
 */
export const CHARS_PER_SECOND = 17.5;

/** Chrome's cut-off is about 15 s; 9 s leaves room for slow voices and long words. */
export const SAFE_SECONDS = 9;

/** The longest chunk, in characters, that a voice at `rate` says well inside the cut-off. */
export function maxChunkChars(rate: number): number {
  return Math.max(40, Math.floor(CHARS_PER_SECOND * rate * SAFE_SECONDS));
}

/** Where a long sentence is best split: after a clause's punctuation, if one is near enough. */
const CLAUSE_END = /[,;:–—)]$/u;

/**
 * The chunks to say, starting at word `fromWord`: one per sentence, with
 * sentences longer than `maxChars` split between words (after a comma,
 * semicolon or colon where one is in the second half of the chunk).
 */
export function chunksFrom(
  doc: ReadingDocument,
  fromWord: number,
  maxChars: number,
): SpeechChunk[] {
  const { words, sentences, text } = doc;
  if (fromWord < 0 || fromWord >= words.length) return [];
  const chunks: SpeechChunk[] = [];
  const startSentence = (words[fromWord] as Word).sentence;
  for (const sentence of sentences.slice(startSentence)) {
    let first = Math.max(sentence.firstWord, fromWord);
    while (first < sentence.endWord) {
      const chunkStart = (words[first] as Word).start;
      let endWord = first + 1;
      let clauseBreak = -1;
      while (endWord < sentence.endWord && (words[endWord] as Word).end - chunkStart <= maxChars) {
        const before = words[endWord - 1] as Word;
        const gap = text.slice(before.end, (words[endWord] as Word).start).trim();
        if (CLAUSE_END.test(gap) && before.end - chunkStart >= maxChars / 2) clauseBreak = endWord;
        endWord += 1;
      }
      if (endWord < sentence.endWord && clauseBreak > first) endWord = clauseBreak;
      // A chunk keeps the punctuation after its last word: it sets the voice's pauses and intonation.
      const end = trimEnd(
        text,
        endWord === sentence.endWord ? sentence.end : (words[endWord] as Word).start,
      );
      chunks.push({
        start: chunkStart,
        end,
        text: text.slice(chunkStart, end),
        firstWord: first,
        endWord,
      });
      first = endWord;
    }
  }
  return chunks;
}

function trimEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/u.test(text[at - 1] as string)) at -= 1;
  return at;
}
