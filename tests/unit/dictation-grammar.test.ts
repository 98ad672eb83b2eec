import { describe, expect, it } from 'vitest';
import {
  applyManualEdit,
  applyPhrase,
  commonPrefix,
  commonSuffix,
  createDoc,
  type DictationDoc,
  withSelection,
} from '../../src/features/dictation/grammar';

/** One thing a person does: dictate a phrase, type by hand (the whole new text), or move the caret. */
type Action =
  | string
  | { type: string; caret?: number }
  | { caret: number; end?: number }
  | { locale: string; say: string };

function run(actions: readonly Action[], start = ''): DictationDoc {
  let doc = createDoc(start);
  for (const action of actions) {
    if (typeof action === 'string') doc = applyPhrase(doc, action, 'en-GB').doc;
    else if ('say' in action) doc = applyPhrase(doc, action.say, action.locale).doc;
    else if ('type' in action) {
      const caret = action.caret ?? action.type.length;
      doc = applyManualEdit(doc, action.type, { start: caret, end: caret });
    } else doc = withSelection(doc, { start: action.caret, end: action.end ?? action.caret });
  }
  return doc;
}

const type = (text: string, caret?: number) =>
  caret === undefined ? { type: text } : { type: text, caret };

describe('dictation grammar: plain words, capitals and spacing', () => {
  it.each<[string, Action[], string]>([
    ['first word gets a capital', ['hello world'], 'Hello world'],
    ['phrases join with one space', ['hello', 'world'], 'Hello world'],
    ['recogniser leading space is ignored', ['hello', ' there'], 'Hello there'],
    ['lone i becomes I', ['yesterday i went out'], 'Yesterday I went out'],
    ["i'm becomes I'm", ["and i'm here"], "And I'm here"],
    ['recogniser capitals are kept', ['visit London'], 'Visit London'],
    [
      'capital after a full stop in a later phrase',
      ['it rained full stop', 'we stayed in'],
      'It rained. We stayed in',
    ],
    ['capital after a question mark', ['ready question mark yes'], 'Ready? Yes'],
    ['capital after an exclamation mark', ['wow exclamation mark look'], 'Wow! Look'],
    ['no capital after a comma', ['first comma second'], 'First, second'],
    ['capital after a new line', ['dear sir new line thank you'], 'Dear sir\nThank you'],
    [
      'capital after a closing quote that ends a sentence',
      ['open quote stop full stop close quote then'],
      '“Stop.” Then',
    ],
    ['recogniser punctuation is kept', ['hello, world.'], 'Hello, world.'],
    ['numbers stay as they are', ['year 6 scored 42'], 'Year 6 scored 42'],
    ['empty phrase changes nothing', ['hello', '   '], 'Hello'],
  ])('%s', (_name, actions, expected) => {
    expect(run(actions).text).toBe(expected);
  });
});

describe('dictation grammar: spoken punctuation', () => {
  it.each<[string, Action[], string]>([
    ['full stop', ['the end full stop'], 'The end.'],
    ['period (US and Google wording)', ['the end period'], 'The end.'],
    ['full stop as its own phrase', ['the end', 'full stop'], 'The end.'],
    ['recogniser-capitalised command', ['the end', 'Full stop.'], 'The end.'],
    ['comma', ['apples comma pears'], 'Apples, pears'],
    ['question mark', ['why question mark'], 'Why?'],
    ['exclamation point', ['stop exclamation point'], 'Stop!'],
    ['colon', ['you need colon a pencil'], 'You need: a pencil'],
    ['semicolon', ['it rained semicolon we stayed'], 'It rained; we stayed'],
    ['semi colon in two words', ['it rained semi colon we stayed'], 'It rained; we stayed'],
    ['dash is spaced', ['one thing dash the key'], 'One thing – the key'],
    ['hyphen joins words', ['well hyphen known'], 'Well-known'],
    ['apostrophe joins words', ['james apostrophe s book'], "James's book"],
    ['open and close quote', ['she said open quote hello close quote'], 'She said “Hello”'],
    ['speech marks wording', ['open speech marks run close speech marks'], '“Run”'],
    ['brackets', ['the sun open bracket a star close bracket shines'], 'The sun (a star) shines'],
    ['parenthesis wording', ['x open parenthesis y close parenthesis'], 'X (y)'],
    ['a repeated full stop is not doubled', ['done full stop full stop'], 'Done.'],
    ['punctuation after typed trailing space attaches', [type('Hello '), 'comma'], 'Hello,'],
    ['new paragraph', ['one new paragraph two'], 'One\n\nTwo'],
    ['next line wording', ['one next line two'], 'One\nTwo'],
    ['new line drops the trailing space', [type('Hi '), 'new line'], 'Hi\n'],
  ])('%s', (_name, actions, expected) => {
    expect(run(actions).text).toBe(expected);
  });
});

describe('dictation grammar: formatting commands', () => {
  it.each<[string, Action[], string]>([
    [
      'caps on until caps off',
      ['caps on great fire of london caps off was bad'],
      'Great Fire Of London was bad',
    ],
    [
      'caps on lasts across phrases',
      ['caps on', 'river thames', 'caps off', 'flows'],
      'River Thames flows',
    ],
    ['all caps for one word', ['this is all caps very important'], 'This is VERY important'],
    ['no space joins two words', ['note no space book'], 'Notebook'],
    ['capitals on wording', ['capitals on new york capitals off'], 'New York'],
  ])('%s', (_name, actions, expected) => {
    expect(run(actions).text).toBe(expected);
  });
});

describe('dictation grammar: correcting by voice', () => {
  it.each<[string, Action[], string]>([
    [
      'delete that removes the last phrase',
      ['the cat sat', 'on the hat', 'delete that'],
      'The cat sat',
    ],
    ['scratch that is the same', ['the cat sat', 'on the hat', 'scratch that'], 'The cat sat'],
    ['strike that is the same', ['one', 'two', 'strike that'], 'One'],
    ['delete that in the same phrase', ['the cat sat on the hat delete that'], ''],
    [
      'delete that then re-dictate',
      ['the cat sat', 'on the hat', 'delete that', 'on the mat'],
      'The cat sat on the mat',
    ],
    ['delete that twice only deletes once', ['one', 'two', 'delete that', 'delete that'], 'One'],
    ['delete that with nothing dictated', ['delete that'], ''],
    ['undo that reverses delete that', ['one', 'two', 'delete that', 'undo that'], 'One two'],
    ['undo that reverses dictation', ['one', 'two', 'undo that'], 'One'],
    ['undo that with nothing to undo', ['undo that'], ''],
    ['delete last word', ['the big red bus', 'delete last word'], 'The big red'],
    ['delete the last word wording', ['the big red bus delete the last word'], 'The big red'],
    [
      'select then replace',
      ['the cat sat on the hat', 'select hat', 'mat'],
      'The cat sat on the mat',
    ],
    [
      'select several words then replace',
      ['we went to the zoo', 'select the zoo', 'the park'],
      'We went to the park',
    ],
    ['select then delete that', ['a very big dog', 'select very', 'delete that'], 'A big dog'],
    ['select ignores case', ['Visit London today', 'select london', 'Paris'], 'Visit Paris today'],
    [
      'select the last occurrence before the caret',
      ['the cat and the cat', 'select cat', 'dog'],
      'The cat and the dog',
    ],
    ['select something not there changes nothing', ['hello', 'select goodbye', 'delete that'], ''],
    ['select mid-sentence is an ordinary word', ['please select a card'], 'Please select a card'],
    [
      'capitalise that on the last phrase',
      ['read', 'treasure island', 'capitalise that'],
      'Read Treasure Island',
    ],
    [
      'capitalise that on a selection',
      ['visit the river thames', 'select river thames', 'capitalize that'],
      'Visit the River Thames',
    ],
    ['stop listening is not typed', ['that is all stop listening'], 'That is all'],
  ])('%s', (_name, actions, expected) => {
    expect(run(actions).text).toBe(expected);
  });

  it('reports commands, words, corrections and stop', () => {
    const first = applyPhrase(createDoc(), 'hello world full stop new paragraph', 'en-GB');
    expect(first.commands).toEqual(['full-stop', 'new-paragraph']);
    expect(first.words).toBe(2);
    const second = applyPhrase(first.doc, 'scratch that stop listening', 'en-GB');
    expect(second.commands).toEqual(['delete-that', 'stop-listening']);
    expect(second.corrections).toEqual(['delete-that']);
    expect(second.stopListening).toBe(true);
    expect(second.notes[0]).toMatch(/^Deleted/);
  });

  it('counts select then dictating as a correction by replacement', () => {
    const doc = run(['the cat sat on the hat', 'select hat']);
    const outcome = applyPhrase(doc, 'mat', 'en-GB');
    expect(outcome.corrections).toEqual(['select-and-replace']);
  });
});

describe('dictation grammar: dictating at the caret and after manual edits', () => {
  it.each<[string, Action[], string]>([
    ['inserts at a caret in the middle', ['hello world', { caret: 6 }, 'big'], 'Hello big world'],
    ['inserts at the start', [type('world'), { caret: 0 }, 'hello'], 'Hello world'],
    [
      'replaces a hand-made selection',
      ['the red bus', { caret: 4, end: 7 }, 'blue'],
      'The blue bus',
    ],
    [
      'dictation after typing continues the sentence',
      [type('My name is'), 'sam'],
      'My name is sam',
    ],
    [
      'dictation after a typed full stop starts a capital',
      [type('Done.'), 'next one'],
      'Done. Next one',
    ],
    [
      'delete that after typing before the phrase',
      ['the cat sat', 'on the mat', type('Yes! The cat sat on the mat', 27), 'delete that'],
      'Yes! The cat sat',
    ],
    [
      'delete that after typing after the phrase',
      ['the cat sat', type('The cat sat down')],
      'The cat sat down',
    ],
    [
      'delete that keeps text typed after the phrase',
      ['hello', 'big world', type('Hello big world today'), 'delete that'],
      'Hello today',
    ],
    [
      'delete that after fixing a typo inside the phrase',
      ['hello', 'the cat sad', type('Hello the cat sat'), 'delete that'],
      'Hello',
    ],
    [
      'delete that after deleting the phrase by hand',
      ['hello', 'world', type('Hello'), 'delete that'],
      'Hello',
    ],
    [
      'delete that after typing far before',
      ['first', 'second', type('Zero first second', 17), 'delete that'],
      'Zero first',
    ],
    ['undo that after typing has nothing to undo', ['one', type('One!'), 'undo that'], 'One!'],
    ['select works on typed text', [type('A big cat'), 'select big', 'small'], 'A small cat'],
    ['dictation into a typed gap', [type('Hello  there', 6), 'my'], 'Hello my there'],
    ['punctuation before following text', ['yes I know', { caret: 3 }, 'comma'], 'Yes, I know'],
    ['new paragraph between paragraphs', [type('One. Two.', 4), 'new paragraph'], 'One.\n\nTwo.'],
  ])('%s', (_name, actions, expected) => {
    expect(run(actions).text).toBe(expected);
  });

  it('moves the caret to the end of what was dictated', () => {
    const doc = run(['hello world', { caret: 6 }, 'big']);
    expect(doc.selection).toEqual({ start: 9, end: 9 });
  });

  it('keeps the last phrase range in step with typing before it', () => {
    const doc = run(['one', 'two', type('Zero one two', 5)]);
    expect(doc.text.slice(doc.lastRange?.start, doc.lastRange?.end)).toBe(' two');
  });
});

describe('dictation grammar: other languages', () => {
  it.each<[string, string, string]>([
    ['Polish words are plain text', 'pl-PL', 'dzień dobry kropka'],
    ['English commands are plain words in Welsh', 'cy-GB', 'bore da full stop'],
    ['Urdu is inserted as it is', 'ur-PK', 'سلام دنیا'],
  ])('%s', (_name, locale, say) => {
    const doc = run([{ locale, say }]);
    expect(doc.text.toLowerCase()).toBe(say.toLowerCase());
  });

  it('commands work in US English', () => {
    expect(run([{ locale: 'en-US', say: 'hello period' }]).text).toBe('Hello.');
  });
});

describe('long texts: shared start and end found in blocks', () => {
  const long = 'abcdefghij'.repeat(1000);
  it.each<[string, string, string, number, number]>([
    ['typing at the end', long, `${long}x`, long.length, 0],
    ['typing in the middle', long, `${long.slice(0, 5000)}x${long.slice(5000)}`, 5000, 5000],
    ['deleting everything', long, '', 0, 0],
    ['a change inside the first block', long, `Z${long.slice(1)}`, 0, long.length - 1],
    ['a change just past a block', long, `${long.slice(0, 4097)}Q${long.slice(4098)}`, 4097, 5902],
  ])('%s', (_name, a, b, prefix, suffix) => {
    const start = commonPrefix(a, b);
    expect(start).toBe(prefix);
    expect(commonSuffix(a, b, Math.min(a.length, b.length) - start)).toBe(suffix);
  });

  it('a manual edit at the end of 200,000 characters keeps the last phrase in step', () => {
    const text = 'word '.repeat(40_000);
    const doc = applyPhrase(createDoc(text), 'the end', 'en-GB').doc;
    const edited = applyManualEdit(doc, `${doc.text}!`, {
      start: doc.text.length + 1,
      end: doc.text.length + 1,
    });
    expect(edited.text.slice(edited.lastRange?.start, edited.lastRange?.end)).toBe('the end');
  });
});
