/**
 * The dictation session as one pure state machine: `next(session, event)`.
 * No React, no DOM. It composes the recognition half
 * (src/domain/recognition/recognition-session.ts: status, interim, finals)
 * with the document half (grammar.ts: text, caret, "delete that", undo).
 *
 * One holder per datum: the text lives here and only here. The textarea is
 * a view of it: the component patches the textarea when `change.origin` is
 * not 'keyboard' (the keyboard already changed it) and moves the caret after
 * a change by voice. Storage is a view too (use-dictation-storage.ts): it
 * dispatches 'restored' and 'remote-change' and saves after each change.
 *
 * Rules that keep a person's words:
 * - A restore that arrives after the person typed, dictated or cleared is
 *   ignored: their newer text (or their empty box) wins.
 * - Another tab's newer text is adopted only if this tab has nothing
 *   unsaved; otherwise both versions are kept in `conflict` for the person
 *   to choose, and nothing is saved until they do.
 * - Words still being heard when a session drops are committed, not lost.
 *
 * `effects` lists what the last step asks the outside world to do (practice
 * events to emit, a caption to show, the microphone to stop); the hook
 * carries them out once.
 */
import type { CommandId } from '../../domain/checks/dictation-checks';
import type { PracticeEventBody } from '../../domain/exercises/events';
import type { DictationInput } from '../../domain/exercises/runner';
import {
  finalsAfter,
  initialRecognition,
  nextRecognition,
  type RecognitionEvent,
  type RecognitionState,
} from '../../domain/recognition/recognition-session';
import {
  applyManualEdit,
  applyPhrase,
  clearDoc,
  createDoc,
  type DictationDoc,
  type TextRange,
  withSelection,
} from './grammar';

export type Via = 'voice' | 'typed';

/** Where the last change to the text came from: the component patches the textarea unless 'keyboard'. */
export type ChangeOrigin = 'none' | 'voice' | 'typed' | 'keyboard' | 'restore' | 'remote' | 'clear';

export interface Conflict {
  /** This tab's unsaved text. */
  mine: string;
  /** The newer text another tab saved. */
  theirs: string;
}

export type DictationEffect =
  | { kind: 'emit'; event: PracticeEventBody }
  | { kind: 'caption'; text: string }
  | { kind: 'stop-listening' };

export interface DictationSession {
  recognition: RecognitionState;
  /** The last recognition final (by seq) already put into the document. */
  applied: number;
  doc: DictationDoc;
  change: { origin: ChangeOrigin; version: number };
  /** The saved text has been read (or failed to be): saving may begin. */
  loaded: boolean;
  /** The person typed, dictated or cleared since the page opened. */
  touched: boolean;
  /** The text known to be in storage (null: nothing known yet). */
  saved: string | null;
  conflict: Conflict | null;
  /**
   * The one status message (what was deleted, what went wrong), announced once per id by the
   * announcer; `shown` ones also stay on screen as a plain hint (not a second live region).
   */
  message: { id: number; text: string; shown: boolean } | null;
  /** When dictating began, for words per minute (0: not yet). */
  firstAt: number;
  commandsUsed: ReadonlyMap<CommandId, number>;
  /** Words dictated since the text was last cleared, by voice and typed into "Say this". */
  wordsBy: Readonly<Record<Via, number>>;
  dictatedSinceTyping: boolean;
  effects: readonly DictationEffect[];
}

export type DictationEvent =
  /** The voice engine's reports and the person's Start/Stop, for the recognition half. */
  | { type: 'recognition'; event: RecognitionEvent; lang: string; at: number }
  /** A phrase typed into "Say this" (typed recognition): straight to the grammar. */
  | { type: 'typed-phrase'; text: string; lang: string; at: number }
  /** The textarea's new value and selection after the person typed, pasted or deleted. */
  | { type: 'edited'; text: string; selection: TextRange }
  | { type: 'selected'; selection: TextRange }
  /** "Clear the text" (voice undo can bring it back). */
  | { type: 'cleared' }
  /** The saved text was read (null: nothing saved, or it could not be read). */
  | { type: 'restored'; text: string | null }
  /** This text was written to storage. */
  | { type: 'saved'; text: string }
  /** Another tab or window saved a newer text. */
  | { type: 'remote-change'; text: string }
  /** "Clear my data" or "Reset for the next person", here or in another tab: every copy goes. */
  | { type: 'storage-cleared'; text: string | null }
  | { type: 'conflict-resolved'; keep: 'mine' | 'theirs' | 'both' }
  | { type: 'message'; text: string };

const NO_WORDS: Readonly<Record<Via, number>> = { voice: 0, typed: 0 };

/** How the words of a dictation went in, as progress and the CPD record say it. */
export function inputOf(wordsBy: Readonly<Record<Via, number>>): DictationInput | undefined {
  if (wordsBy.voice > 0 && wordsBy.typed > 0) return 'spoken and typed';
  if (wordsBy.voice > 0) return 'spoken';
  return wordsBy.typed > 0 ? 'typed' : undefined;
}

export function initialSession(): DictationSession {
  return {
    recognition: initialRecognition(),
    applied: 0,
    doc: createDoc(),
    change: { origin: 'none', version: 0 },
    loaded: false,
    touched: false,
    saved: null,
    conflict: null,
    message: null,
    firstAt: 0,
    commandsUsed: new Map(),
    wordsBy: NO_WORDS,
    dictatedSinceTyping: false,
    effects: [],
  };
}

/** Whether this tab has text that is not yet in storage. */
export function hasUnsavedText(session: DictationSession): boolean {
  return session.saved === null ? session.doc.text !== '' : session.doc.text !== session.saved;
}

/** Whether the hook should write the text now: read first, never over a conflict. */
export function shouldSave(session: DictationSession): boolean {
  return session.loaded && session.conflict === null && hasUnsavedText(session);
}

const say = (
  session: DictationSession,
  text: string,
  shown = true,
): DictationSession['message'] => ({ id: (session.message?.id ?? 0) + 1, text, shown });

function changed(session: DictationSession, origin: ChangeOrigin): DictationSession['change'] {
  return { origin, version: session.change.version + 1 };
}

/** Runs one phrase through the grammar, with the practice events and notes it gives. */
function applyFinal(
  session: DictationSession,
  text: string,
  via: Via,
  lang: string,
  at: number,
  effects: DictationEffect[],
): DictationSession {
  const outcome = applyPhrase(session.doc, text, lang);
  effects.push({ kind: 'caption', text });
  const next: DictationSession = {
    ...session,
    doc: outcome.doc,
    touched: true,
    dictatedSinceTyping: true,
    change: changed(session, via),
  };
  if (outcome.words > 0) {
    if (!next.firstAt) next.firstAt = at;
    next.wordsBy = { ...next.wordsBy, [via]: next.wordsBy[via] + outcome.words };
    effects.push({
      kind: 'emit',
      event: { type: 'dictation/utterance', words: outcome.words, via },
    });
  }
  if (outcome.commands.length) {
    const counts = new Map(next.commandsUsed);
    for (const command of outcome.commands) {
      counts.set(command, (counts.get(command) ?? 0) + 1);
      effects.push({ kind: 'emit', event: { type: 'dictation/command', command, via } });
    }
    next.commandsUsed = counts;
  }
  for (const how of outcome.corrections) {
    effects.push({ kind: 'emit', event: { type: 'dictation/corrected', how } });
  }
  const notes = [...outcome.notes];
  if (outcome.stopListening) {
    if (via === 'voice') effects.push({ kind: 'stop-listening' });
    else notes.push('"Stop listening" would stop the microphone.');
  }
  // A phrase without a note clears the last one's hint: it described an older text.
  next.message = notes.length ? say(next, notes.join(' ')) : null;
  return next;
}

function onRecognition(
  session: DictationSession,
  event: RecognitionEvent,
  lang: string,
  at: number,
  effects: DictationEffect[],
): DictationSession {
  const recognition = nextRecognition(session.recognition, event);
  let next: DictationSession = { ...session, recognition };
  if (event.type === 'start-requested' && recognition !== session.recognition) {
    // Words per minute count from pressing Start, so the first phrase's time is included.
    next.firstAt = next.firstAt || at;
    next.message = say(next, 'Listening.', false);
  }
  if (event.type === 'interim' && event.text) effects.push({ kind: 'caption', text: event.text });
  if (event.type === 'error' && event.code === 'no-speech') {
    next.message = say(next, 'No speech heard for a few seconds: still listening.');
  }
  for (const final of finalsAfter(recognition, session.applied)) {
    next = applyFinal(next, final.text, 'voice', lang, at, effects);
  }
  next.applied = recognition.committed;
  return next;
}

function adopt(session: DictationSession, text: string, origin: ChangeOrigin): DictationSession {
  const caret = Math.min(session.doc.selection.end, text.length);
  return {
    ...session,
    doc: applyManualEdit(session.doc, text, { start: caret, end: caret }),
    saved: text,
    conflict: null,
    change: changed(session, origin),
  };
}

function select(session: DictationSession, selection: TextRange): DictationSession {
  const doc = withSelection(session.doc, selection);
  return doc === session.doc ? session : { ...session, doc };
}

export function next(session: DictationSession, event: DictationEvent): DictationSession {
  const effects: DictationEffect[] = [];
  const base = session.effects.length ? { ...session, effects: [] } : session;
  const result = step(base, event, effects);
  if (effects.length) return { ...result, effects };
  return result;
}

function step(
  session: DictationSession,
  event: DictationEvent,
  effects: DictationEffect[],
): DictationSession {
  switch (event.type) {
    case 'recognition':
      return onRecognition(session, event.event, event.lang, event.at, effects);
    case 'typed-phrase': {
      const text = event.text.trim();
      if (!text) return session;
      return applyFinal(session, text, 'typed', event.lang, event.at, effects);
    }
    case 'edited': {
      if (event.text === session.doc.text) return select(session, event.selection);
      if (session.dictatedSinceTyping) {
        effects.push({ kind: 'emit', event: { type: 'dictation/corrected', how: 'typed' } });
      }
      return {
        ...session,
        doc: applyManualEdit(session.doc, event.text, event.selection),
        touched: true,
        dictatedSinceTyping: false,
        firstAt: event.text === '' ? 0 : session.firstAt,
        change: changed(session, 'keyboard'),
      };
    }
    case 'selected':
      return select(session, event.selection);
    case 'cleared':
      return {
        ...session,
        doc: clearDoc(session.doc),
        touched: true,
        firstAt: 0,
        commandsUsed: new Map(),
        wordsBy: NO_WORDS,
        dictatedSinceTyping: false,
        change: changed(session, 'clear'),
        message: say(session, 'Dictated text cleared. Say “undo that” to bring it back.', false),
      };
    case 'restored': {
      if (session.loaded) return session;
      // Anything typed, dictated or cleared before the saved text arrived wins over it.
      if (session.touched || !event.text) return { ...session, loaded: true, saved: event.text };
      return { ...adopt(session, event.text, 'restore'), doc: createDoc(event.text), loaded: true };
    }
    case 'saved':
      return { ...session, saved: event.text };
    case 'remote-change': {
      if (event.text === session.doc.text) return { ...session, saved: event.text, conflict: null };
      if (hasUnsavedText(session)) {
        return { ...session, conflict: { mine: session.doc.text, theirs: event.text } };
      }
      return { ...adopt(session, event.text, 'remote'), loaded: true };
    }
    case 'storage-cleared':
      return {
        ...session,
        doc: createDoc(event.text ?? ''),
        loaded: true,
        touched: false,
        saved: event.text,
        conflict: null,
        firstAt: 0,
        commandsUsed: new Map(),
        wordsBy: NO_WORDS,
        dictatedSinceTyping: false,
        change: changed(session, 'remote'),
      };
    case 'conflict-resolved': {
      const conflict = session.conflict;
      if (!conflict) return session;
      if (event.keep === 'theirs') return adopt(session, conflict.theirs, 'remote');
      if (event.keep === 'mine') return { ...session, saved: conflict.theirs, conflict: null };
      const both = `${session.doc.text.replace(/\s+$/u, '')}\n\n${conflict.theirs}`;
      return { ...adopt(session, both, 'remote'), saved: conflict.theirs };
    }
    case 'message':
      return { ...session, message: say(session, event.text) };
  }
}
