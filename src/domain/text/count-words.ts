/**
 * Words in a text, as a person would count them: runs of non-space that hold
 * at least one letter or digit. Punctuation on its own ("—", "...", a spoken
 * "full stop" turned into ".") is not a word; "don't", "Year-6" and "42" are.
 * One rule for dictation speed and for reflection lengths alike.
 */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
