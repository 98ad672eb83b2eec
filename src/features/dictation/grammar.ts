/**
 * The dictation grammar: pure functions from a document and one recognised
 * (or typed) phrase to the next document. No React, no DOM.
 *
 *   applyPhrase(doc, 'hello world full stop', 'en-GB') → "Hello world."
 *
 * Commands work in English; in other languages every word is plain text.
 */
import type { CommandId, CorrectionKind } from '../../domain/checks/dictation-checks';
import { COMMANDS, type CommandAction } from './commands';

export interface TextRange {
  start: number;
  end: number;
}

interface Snapshot {
  text: string;
  selection: TextRange;
  lastRange: TextRange | null;
}

export interface DictationDoc {
  text: string;
  /** The caret (start === end) or the selected text. */
  selection: TextRange;
  /** The last dictated phrase, kept in step with manual edits, for "delete that". */
  lastRange: TextRange | null;
  capsOn: boolean;
  allCapsNext: boolean;
  noSpaceNext: boolean;
  /** States before each change made by voice, newest last, for "undo that". */
  undo: readonly Snapshot[];
}

export interface PhraseOutcome {
  doc: DictationDoc;
  /** Commands that took effect, in order. */
  commands: CommandId[];
  /** Words of plain text inserted. */
  words: number;
  corrections: CorrectionKind[];
  stopListening: boolean;
  /** Plain sentences for the person (and the screen-reader announcer), e.g. what was deleted. */
  notes: string[];
}

const UNDO_LIMIT = 50;

export function createDoc(text = ''): DictationDoc {
  return {
    text,
    selection: { start: text.length, end: text.length },
    lastRange: null,
    capsOn: false,
    allCapsNext: false,
    noSpaceNext: false,
    undo: [],
  };
}

export function commandsEnabled(locale: string): boolean {
  return locale.toLowerCase().startsWith('en');
}

// ---- Tokenising and matching commands ---------------------------------------------------------

type Piece =
  | { kind: 'word'; text: string }
  | { kind: 'command'; id: CommandId; action: CommandAction; words?: string[] };

interface Phrase {
  say: string[];
  id: CommandId;
  action: CommandAction;
}

/** Every way of saying every command, longest first so "delete last word" beats "delete that". */
const PHRASES: readonly Phrase[] = COMMANDS.flatMap((command) =>
  command.say.map((say) => ({ say: say.split(' '), id: command.id, action: command.action })),
).sort((a, b) => b.say.length - a.say.length);

/** A recognised word as compared with commands: lower case, without punctuation the recogniser added. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}']+$/gu, '');
}

function matchAt(
  words: readonly string[],
  norms: readonly string[],
  i: number,
): Phrase | undefined {
  return PHRASES.find(
    (phrase) =>
      phrase.id !== 'select' &&
      phrase.say.every((part, k) => norms[i + k] === part) &&
      i + phrase.say.length <= words.length,
  );
}

function tokenise(phrase: string, locale: string): Piece[] {
  const words = phrase.trim().split(/\s+/u).filter(Boolean);
  if (!commandsEnabled(locale)) return words.map((text) => ({ kind: 'word', text }));
  const norms = words.map(normaliseWord);
  const pieces: Piece[] = [];
  let i = 0;
  // "select …" only opens a phrase: mid-sentence, "select" is an ordinary word.
  if (norms[0] === 'select' && words.length > 1) {
    const rest: string[] = [];
    i = 1;
    while (i < words.length && !matchAt(words, norms, i)) {
      rest.push(words[i] as string);
      i += 1;
    }
    pieces.push({
      kind: 'command',
      id: 'select',
      action: { kind: 'edit', op: 'select' },
      words: rest,
    });
  }
  while (i < words.length) {
    const match = matchAt(words, norms, i);
    if (match) {
      pieces.push({ kind: 'command', id: match.id, action: match.action });
      i += match.say.length;
    } else {
      pieces.push({ kind: 'word', text: words[i] as string });
      i += 1;
    }
  }
  return pieces;
}

// ---- Building inserted text -------------------------------------------------------------------

const OPENERS = /[\s“‘"([\-/'’]$/u;
const TRAILING_SPACE = /[ \t]+$/u;

function capitaliseFirst(word: string): string {
  const index = word.search(/\p{L}/u);
  if (index < 0) return word;
  return word.slice(0, index) + (word[index] as string).toLocaleUpperCase() + word.slice(index + 1);
}

/** True where a new sentence starts: the beginning, a new line, or after . ? ! (and closing quotes). */
function atSentenceStart(before: string): boolean {
  const trimmed = before.slice(-200).replace(/[ \t“"‘([]+$/u, '');
  return trimmed === '' || trimmed.endsWith('\n') || /[.?!][”’")\]]*$/u.test(trimmed);
}

interface Insertion {
  before: string;
  out: string;
  capsOn: boolean;
  allCapsNext: boolean;
  noSpaceNext: boolean;
  words: number;
}

function insertWord(state: Insertion, raw: string, english: boolean): void {
  let word = raw;
  if (english && /^i('[a-z]+)?$/u.test(word)) word = `I${word.slice(1)}`;
  const context = state.before.slice(-200) + state.out;
  if (state.allCapsNext) {
    word = word.toLocaleUpperCase();
    state.allCapsNext = false;
  } else if (state.capsOn || atSentenceStart(context) || context.endsWith('“')) {
    word = capitaliseFirst(word);
  }
  const previous = context.slice(-1);
  const space = previous !== '' && !OPENERS.test(previous) && !state.noSpaceNext;
  state.out += (space ? ' ' : '') + word;
  state.noSpaceNext = false;
  state.words += 1;
}

/** `text` without its trailing spaces and tabs, looking only at its end (texts can be 200,000 characters). */
function withoutTrailingSpace(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/** The last character written so far, without joining the (long) text before it. */
function lastChar(state: Insertion): string {
  return state.out ? state.out.slice(-1) : state.before.slice(-1);
}

function trimEnd(state: Insertion): void {
  if (state.out) state.out = state.out.replace(TRAILING_SPACE, '');
  else state.before = withoutTrailingSpace(state.before);
}

function insertMark(state: Insertion, text: string, join: 'left' | 'right' | 'both' | 'spaced') {
  const previous = lastChar(state);
  if (join === 'right') {
    const space = previous !== '' && !OPENERS.test(previous);
    state.out += (space ? ' ' : '') + text;
    return;
  }
  trimEnd(state);
  const last = lastChar(state);
  // Said twice, or the recogniser already punctuated: a mark after the same mark adds nothing.
  if (join === 'left' && last === text) return;
  state.out += text;
  if (join === 'both') state.noSpaceNext = true;
}

// ---- Applying a phrase ------------------------------------------------------------------------

function snapshot(doc: DictationDoc): Snapshot {
  return { text: doc.text, selection: doc.selection, lastRange: doc.lastRange };
}

function withUndo(doc: DictationDoc, changed: Partial<DictationDoc>): DictationDoc {
  return { ...doc, ...changed, undo: [...doc.undo, snapshot(doc)].slice(-UNDO_LIMIT) };
}

function ordered(range: TextRange): TextRange {
  return range.start <= range.end ? range : { start: range.end, end: range.start };
}

function insertText(doc: DictationDoc, pieces: Piece[], english: boolean) {
  const { start, end } = ordered(doc.selection);
  const state: Insertion = {
    before: doc.text.slice(0, start),
    out: '',
    capsOn: doc.capsOn,
    allCapsNext: doc.allCapsNext,
    noSpaceNext: doc.noSpaceNext,
    words: 0,
  };
  for (const piece of pieces) {
    if (piece.kind === 'word') {
      insertWord(state, piece.text, english);
      continue;
    }
    const { action } = piece;
    if (action.kind === 'mark') insertMark(state, action.text, action.join);
    else if (action.kind === 'break') {
      trimEnd(state);
      state.out += action.text;
    } else if (action.kind === 'format') {
      if (action.op === 'caps-on') state.capsOn = true;
      if (action.op === 'caps-off') state.capsOn = false;
      if (action.op === 'all-caps') state.allCapsNext = true;
      if (action.op === 'no-space') state.noSpaceNext = true;
    }
  }
  const formatOnly = {
    capsOn: state.capsOn,
    allCapsNext: state.allCapsNext,
    noSpaceNext: state.noSpaceNext,
  };
  if (state.out === '') {
    return { doc: { ...doc, ...formatOnly }, words: 0, replaced: false };
  }
  const last = state.out.slice(-1);
  const after = last === '\n' ? doc.text.slice(end).replace(/^[ \t]+/u, '') : doc.text.slice(end);
  const gap = /^[\p{L}\p{N}“(]/u.test(after) && last !== '' && !OPENERS.test(last) ? ' ' : '';
  const rangeStart = state.before.length;
  const rangeEnd = rangeStart + state.out.length;
  const next = withUndo(doc, {
    ...formatOnly,
    text: state.before + state.out + gap + after,
    selection: { start: rangeEnd, end: rangeEnd },
    lastRange: state.out ? { start: rangeStart, end: rangeEnd } : null,
  });
  return { doc: next, words: state.words, replaced: start !== end };
}

function deleteRange(doc: DictationDoc, range: TextRange): DictationDoc {
  let { start } = range;
  const { end } = range;
  const after = doc.text.slice(end);
  // Leave one space between the words either side, not two.
  if (/^[ \t]/u.test(after) && (start === 0 || /[ \t\n]/u.test(doc.text.charAt(start - 1)))) {
    return withUndo(doc, {
      text: doc.text.slice(0, start) + after.replace(/^[ \t]+/u, ''),
      selection: { start, end: start },
      lastRange: null,
    });
  }
  if (/^[.,?!:;)”]/u.test(after)) start = withoutTrailingSpace(doc.text.slice(0, start)).length;
  return withUndo(doc, {
    text: doc.text.slice(0, start) + after,
    selection: { start, end: start },
    lastRange: null,
  });
}

function findWords(doc: DictationDoc, words: readonly string[]): TextRange | null {
  const parts = words.map(normaliseWord).filter(Boolean);
  if (parts.length === 0) return null;
  const escaped = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${escaped.join("[^\\p{L}\\p{N}']+")}(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const caret = ordered(doc.selection).start;
  let before: TextRange | null = null;
  let anywhere: TextRange | null = null;
  for (const match of doc.text.matchAll(pattern)) {
    const range = { start: match.index, end: match.index + match[0].length };
    if (range.end <= caret) before = range;
    anywhere = range;
  }
  return before ?? anywhere;
}

function capitaliseRange(doc: DictationDoc, range: TextRange): DictationDoc {
  const part = doc.text
    .slice(range.start, range.end)
    .replace(/(^|[^\p{L}\p{N}'])(\p{L})/gu, (_m, lead: string, letter: string) => {
      return lead + letter.toLocaleUpperCase();
    });
  return withUndo(doc, {
    text: doc.text.slice(0, range.start) + part + doc.text.slice(range.end),
  });
}

const quoted = (text: string) => `“${text.trim().replace(/\s+/gu, ' ')}”`;

function applyEdit(
  doc: DictationDoc,
  op: 'delete-that' | 'undo-that' | 'delete-last-word' | 'select' | 'capitalise-that',
  words: readonly string[],
  outcome: PhraseOutcome,
): DictationDoc {
  const selection = ordered(doc.selection);
  const hasSelection = selection.start !== selection.end;
  switch (op) {
    case 'delete-that': {
      const range = hasSelection ? selection : doc.lastRange;
      if (!range || range.start === range.end) {
        outcome.notes.push('Nothing to delete yet: dictate something first.');
        return doc;
      }
      outcome.notes.push(`Deleted ${quoted(doc.text.slice(range.start, range.end))}.`);
      outcome.corrections.push(hasSelection ? 'select-and-delete' : 'delete-that');
      return deleteRange(doc, range);
    }
    case 'undo-that': {
      const previous = doc.undo[doc.undo.length - 1];
      if (!previous) {
        outcome.notes.push('Nothing to undo by voice.');
        return doc;
      }
      outcome.notes.push('Undone.');
      outcome.corrections.push('undo-that');
      return { ...doc, ...previous, undo: doc.undo.slice(0, -1) };
    }
    case 'delete-last-word': {
      // Only the end of the text before the caret can hold the last word (texts can be long).
      const from = Math.max(0, selection.start - 2000);
      const head = doc.text.slice(from, selection.start);
      const found = /\s*[^\s]+\s*$/u.exec(head);
      const match = found && { 0: found[0], index: found.index + from };
      if (!match) {
        outcome.notes.push('There is no word before the cursor to delete.');
        return doc;
      }
      outcome.notes.push(`Deleted ${quoted(match[0])}.`);
      outcome.corrections.push('delete-last-word');
      return deleteRange(doc, { start: match.index, end: selection.start });
    }
    case 'select': {
      const found = findWords(doc, words);
      if (!found) {
        outcome.notes.push(
          words.length
            ? `Could not find ${quoted(words.join(' '))} in the text.`
            : 'Say "select" and then the words to select.',
        );
        return doc;
      }
      outcome.notes.push(
        `Selected ${quoted(doc.text.slice(found.start, found.end))}. Say the replacement, or "delete that".`,
      );
      return { ...doc, selection: found };
    }
    case 'capitalise-that': {
      const range = hasSelection ? selection : doc.lastRange;
      if (!range || range.start === range.end) {
        outcome.notes.push('Nothing to capitalise yet: dictate or select something first.');
        return doc;
      }
      outcome.corrections.push('capitalise-that');
      outcome.notes.push('Capitalised.');
      return capitaliseRange(doc, range);
    }
  }
}

/**
 * Applies one phrase: plain words are inserted at the caret (replacing a
 * selection), spoken punctuation and formatting shape them, and edit
 * commands act in the order they were said.
 */
export function applyPhrase(doc: DictationDoc, phrase: string, locale: string): PhraseOutcome {
  const english = commandsEnabled(locale);
  const outcome: PhraseOutcome = {
    doc,
    commands: [],
    words: 0,
    corrections: [],
    stopListening: false,
    notes: [],
  };
  let current = doc;
  let batch: Piece[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const hadSelection = current.selection.start !== current.selection.end;
    const inserted = insertText(current, batch, english);
    current = inserted.doc;
    outcome.words += inserted.words;
    if (hadSelection && inserted.words > 0) outcome.corrections.push('select-and-replace');
    batch = [];
  };
  for (const piece of tokenise(phrase, locale)) {
    if (piece.kind === 'word' || piece.action.kind !== 'edit') {
      if (piece.kind === 'command') {
        if (piece.action.kind === 'stop') {
          flush();
          outcome.stopListening = true;
          outcome.commands.push(piece.id);
          continue;
        }
        outcome.commands.push(piece.id);
      }
      batch.push(piece);
      continue;
    }
    flush();
    outcome.commands.push(piece.id);
    current = applyEdit(current, piece.action.op, piece.words ?? [], outcome);
  }
  flush();
  outcome.doc = current;
  return outcome;
}

// ---- Manual edits ----------------------------------------------------------------------------

/**
 * The person typed, pasted or deleted by hand. The last dictated phrase's
 * range moves with the text around it, so "delete that" still removes what
 * was dictated, and only that. Voice undo history is dropped: it described
 * a text that no longer exists.
 */
export function applyManualEdit(
  doc: DictationDoc,
  text: string,
  selection: TextRange = { start: text.length, end: text.length },
): DictationDoc {
  if (text === doc.text) return { ...doc, selection };
  const old = doc.text;
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  const oldEnd = old.length - suffix;
  const newEnd = text.length - suffix;
  const delta = text.length - old.length;
  let lastRange: TextRange | null = null;
  if (doc.lastRange) {
    const { start, end } = doc.lastRange;
    const mappedStart = start >= oldEnd ? start + delta : Math.min(start, prefix);
    const mappedEnd = end <= prefix ? end : end >= oldEnd ? end + delta : newEnd;
    lastRange = mappedEnd > mappedStart ? { start: mappedStart, end: mappedEnd } : null;
  }
  return { ...doc, text, selection, lastRange, undo: [] };
}

const CHUNK = 4096;

/**
 * How many characters two texts share at the start. Whole chunks are compared
 * as strings first (a fast block compare), so a keystroke at the end of a
 * 200,000-character text does not cost 200,000 character-by-character steps.
 */
export function commonPrefix(a: string, b: string): number {
  const shortest = Math.min(a.length, b.length);
  let at = 0;
  while (at + CHUNK <= shortest && a.slice(at, at + CHUNK) === b.slice(at, at + CHUNK)) {
    at += CHUNK;
  }
  while (at < shortest && a.charCodeAt(at) === b.charCodeAt(at)) at += 1;
  return at;
}

/** How many characters two texts share at the end, at most `limit`. */
export function commonSuffix(a: string, b: string, limit: number): number {
  let n = 0;
  while (
    n + CHUNK <= limit &&
    a.slice(a.length - n - CHUNK, a.length - n) === b.slice(b.length - n - CHUNK, b.length - n)
  ) {
    n += CHUNK;
  }
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n += 1;
  return n;
}

/** Empties the text; "undo that" brings it back. */
export function clearDoc(doc: DictationDoc): DictationDoc {
  return { ...createDoc(), undo: [...doc.undo, snapshot(doc)].slice(-UNDO_LIMIT) };
}

export function withSelection(doc: DictationDoc, selection: TextRange): DictationDoc {
  if (selection.start === doc.selection.start && selection.end === doc.selection.end) return doc;
  return { ...doc, selection };
}
