// What the soak says: school-day phrases with spoken endings, and how to tell a replay.
import type { DictationDoc } from '../../src/features/dictation/grammar';

/** School-day things to dictate. None is the start of another, so no phrase looks like a replay. */
export const FRAGMENTS = [
  'the children planted beans in the school garden',
  'our class visited the museum on Tuesday',
  'please bring your reading record every Monday',
  'photosynthesis is how plants make their food',
  'the Romans built long straight roads across Britain',
  'I think the character felt lonely at first',
  'we measured the temperature of the water every hour',
  'Year 6 will perform the play before half term',
  'a noun is a naming word',
  'my favourite part of the story was the ending',
  'the river flows from the hills down to the sea',
  'remember to show your working in maths',
  'sound travels as vibrations through the air',
  'after lunch we practised our spellings',
  'the Victorians had very strict schools',
  'parents evening is on Thursday after school',
  'the fox crept quietly through the dark wood',
  'multiply both numbers and then add ten',
  'volcanoes erupt when pressure builds up underground',
  'she opened the old wooden box very slowly',
  'the magnet attracted the paper clips but not the coins',
  'our team won the football match by two goals',
  'write three sentences about your weekend',
  'the caterpillar turned into a beautiful butterfly',
];

/** Spoken endings: punctuation and layout commands, or nothing. */
export const ENDINGS = [
  'full stop',
  'full stop',
  'full stop',
  'comma',
  'question mark',
  'full stop new paragraph',
  'full stop new line',
  'exclamation mark',
  '',
];

/** What the app's adapter should hand the grammar, in order: the expected text follows from it. */
export interface Expected {
  doc: DictationDoc;
  phrases: number;
  words: number;
  commands: number;
}

export const key = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');
export const wordsOf = (text: string) => text.trim().split(/\s+/u).filter(Boolean);

/** True if `text` starts with all of `prefix`'s words: the app's replay filter would strip them. */
export function startsWithWords(text: string, prefix: string): boolean {
  const head = wordsOf(prefix).map(key);
  const all = wordsOf(text).map(key);
  return head.length > 0 && all.length >= head.length && head.every((w, i) => all[i] === w);
}
