import { parseOwnWords } from './settings';
import type { SymbolWord } from './vocabulary';

/** The words a person has put together, oldest first. */
export type Message = readonly SymbolWord[];

/** Long enough for any real sentence; stops a held switch filling memory. */
export const MAX_MESSAGE_WORDS = 40;

export function addWord(message: Message, word: SymbolWord): Message {
  if (message.length >= MAX_MESSAGE_WORDS) return message;
  return [...message, word];
}

export function deleteLastWord(message: Message): Message {
  return message.slice(0, -1);
}

export function clearMessage(): Message {
  return [];
}

/** What the voice says: the words in order, as a sentence of plain words. */
export function messageText(message: Message): string {
  return message.map((item) => item.word).join(' ');
}

/** A message read back from storage: only well-formed words, at most MAX_MESSAGE_WORDS. */
export function parseMessage(raw: unknown): Message {
  return parseOwnWords(raw).slice(0, MAX_MESSAGE_WORDS);
}
