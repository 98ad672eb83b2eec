import { describe, expect, it } from 'vitest';
import type { RecognitionEvent } from '../../src/domain/recognition/recognition-session';
import { ReplayFilter, type ResultLike } from '../../src/engines/recognition/replay-filter';
import {
  type DictationEvent,
  type DictationSession,
  initialSession,
  next,
  shouldSave,
} from '../../src/features/dictation/dictation-session';

const LANG = 'en-GB';
const voice = (event: RecognitionEvent, at = 1000): DictationEvent => ({
  type: 'recognition',
  event,
  lang: LANG,
  at,
});
const start = voice({ type: 'start-requested' });
const started = voice({ type: 'started' });
const stop = voice({ type: 'stop-requested' });
const stopped = voice({ type: 'stopped' });
const final = (text: string) => voice({ type: 'final', text });
const interim = (text: string) => voice({ type: 'interim', text });
const typed = (text: string): DictationEvent => ({ type: 'typed-phrase', text, lang: LANG, at: 1 });
const edited = (text: string, caret = text.length): DictationEvent => ({
  type: 'edited',
  text,
  selection: { start: caret, end: caret },
});
const restored = (text: string | null): DictationEvent => ({ type: 'restored', text });

const run = (events: DictationEvent[], from: DictationSession = initialSession()) =>
  events.reduce(next, from);

/** What the storage seam would do after each step: save whenever the machine says so. */
function runSaving(events: DictationEvent[], from: DictationSession = initialSession()) {
  const storage: string[] = [];
  let session = from;
  for (const event of events) {
    session = next(session, event);
    if (shouldSave(session)) {
      storage.push(session.doc.text);
      session = next(session, { type: 'saved', text: session.doc.text });
    }
  }
  return { session, storage, last: storage[storage.length - 1] };
}

describe('dictation session: sequences from real sessions', () => {
  it('clear then start: dictate, stop, select all and Delete, start: the box stays empty and so does storage', () => {
    const { session, last } = runSaving([
      restored('Notes from Monday.'),
      start,
      started,
      final('the old words full stop'),
      stop,
      stopped,
      edited(''),
      start,
      started,
    ]);
    expect(session.doc.text).toBe('');
    expect(last).toBe('');
    expect(session.recognition.status).toBe('listening');
    // The next phrase starts a fresh sentence in the empty box.
    expect(next(session, final('new words')).doc.text).toBe('New words');
  });

  it('"Clear the text" then start: empty, and "undo that" still brings it back', () => {
    const cleared = run([restored('Keep me.'), { type: 'cleared' }, start, started]);
    expect(cleared.doc.text).toBe('');
    expect(next(cleared, final('undo that')).doc.text).toBe('Keep me.');
  });

  it('edits while listening: the interim stays apart, the final goes in at the new caret', () => {
    let session = run([start, started, final('hello world'), interim('big')]);
    session = next(session, edited('Hello there world', 11));
    expect(session.recognition.interim).toBe('big');
    expect(session.change.origin).toBe('keyboard');
    session = next(session, final('big'));
    expect(session.doc.text).toBe('Hello there big world');
    expect(session.change.origin).toBe('voice');
    expect(next(session, final('delete that')).doc.text).toBe('Hello there world');
  });

  it('a restore arriving late never overwrites newer typing or dictation', () => {
    const typedFirst = runSaving([edited('Newer'), restored('Older saved text')]);
    expect(typedFirst.session.doc.text).toBe('Newer');
    expect(typedFirst.last).toBe('Newer');
    const dictatedFirst = run([start, started, final('spoken first'), restored('Older')]);
    expect(dictatedFirst.doc.text).toBe('Spoken first');
  });

  it('a restore arriving late never brings back text the person cleared', () => {
    const { session, last } = runSaving([
      restored('First visit.'),
      edited(''),
      restored('First visit.'),
    ]);
    expect(session.doc.text).toBe('');
    expect(last).toBe('');
    const clearedBeforeRead = runSaving([edited('x'), edited(''), restored('Old text')]);
    expect(clearedBeforeRead.session.doc.text).toBe('');
    expect(clearedBeforeRead.last).toBe('');
  });

  it('restores the saved text when nothing happened first, and saves nothing before the read', () => {
    expect(shouldSave(run([edited('typed before the read')]))).toBe(false);
    const { session, storage } = runSaving([restored('Saved before.')]);
    expect(session.doc.text).toBe('Saved before.');
    expect(session.doc.selection).toEqual({ start: 13, end: 13 });
    expect(storage).toEqual([]);
  });

  it('replayed result lists (Chrome on Android) put each phrase in once', () => {
    const filter = new ReplayFilter();
    const result = (t: string, isFinal = true): ResultLike => ({
      isFinal,
      alternatives: [{ transcript: t, confidence: 0.9 }],
    });
    const lists: ResultLike[][] = [
      [result('hello', false)],
      [result('hello')],
      [result('hello'), result('hello world')],
      [result('hello'), result('hello world')],
      [result('hello world'), result('hello world', false)],
    ];
    let session = run([start, started]);
    for (const list of lists) {
      const output = filter.accept(list);
      for (const phrase of output.finals) session = next(session, final(phrase.text));
      session = next(session, interim(output.interim));
    }
    expect(session.doc.text).toBe('Hello world');
  });

  it('a dropped session mid-phrase keeps the words being heard', () => {
    const session = run([
      start,
      started,
      final('the volcano'),
      interim('erupted last night'),
      stopped,
    ]);
    expect(session.doc.text).toBe('The volcano erupted last night');
    expect(session.recognition.interim).toBe('');
    expect(session.recognition.status).toBe('stopped');
  });

  it("Chrome's own end and restart mid-phrase: the words are kept once", () => {
    const session = run([
      start,
      started,
      interim('one minute'),
      voice({ type: 'engine-ended' }),
      started,
      final('later'),
    ]);
    expect(session.doc.text).toBe('One minute later');
    expect(session.recognition.status).toBe('listening');
  });
});

describe('dictation session: another tab', () => {
  it('adopts a newer text from another tab when this one has nothing unsaved', () => {
    const { session } = runSaving([restored('Mine.'), { type: 'remote-change', text: 'Theirs.' }]);
    expect(session.doc.text).toBe('Theirs.');
    expect(session.change.origin).toBe('remote');
    expect(shouldSave(session)).toBe(false);
  });

  it('keeps both versions when this tab has unsaved edits, and saves nothing until the person chooses', () => {
    let session = run([restored('Base.'), edited('Base. Mine')]);
    session = next(session, { type: 'remote-change', text: 'Base. Theirs' });
    expect(session.conflict).toEqual({ mine: 'Base. Mine', theirs: 'Base. Theirs' });
    expect(session.doc.text).toBe('Base. Mine');
    expect(shouldSave(session)).toBe(false);

    const mine = next(session, { type: 'conflict-resolved', keep: 'mine' });
    expect(mine.doc.text).toBe('Base. Mine');
    expect(shouldSave(mine)).toBe(true);
    const theirs = next(session, { type: 'conflict-resolved', keep: 'theirs' });
    expect(theirs.doc.text).toBe('Base. Theirs');
    expect(shouldSave(theirs)).toBe(false);
    const both = next(session, { type: 'conflict-resolved', keep: 'both' });
    expect(both.doc.text).toBe('Base. Mine\n\nBase. Theirs');
    expect(shouldSave(both)).toBe(true);
  });
});

describe('dictation session: "Clear my data"', () => {
  it("drops this tab's copy, unsaved words too, so nothing deleted comes back", () => {
    const session = run([
      restored('A named pupil.'),
      edited('A named pupil. More'),
      { type: 'storage-cleared', text: null },
    ]);
    expect(session.doc.text).toBe('');
    expect(session.change.origin).toBe('remote');
    expect(shouldSave(session)).toBe(false);
    expect(next(session, final('undo that')).doc.text).toBe('');
  });
});

describe('dictation session: practice events and messages', () => {
  const emitted = (session: DictationSession) =>
    session.effects.flatMap((effect) => (effect.kind === 'emit' ? [effect.event] : []));

  it('says whether a phrase was spoken or typed', () => {
    const spoken = run([start, started, final('hello full stop')]);
    expect(emitted(spoken)).toEqual([
      { type: 'dictation/utterance', words: 1, via: 'voice' },
      { type: 'dictation/command', command: 'full-stop', via: 'voice' },
    ]);
    const written = run([typed('hello comma')]);
    expect(emitted(written)).toEqual([
      { type: 'dictation/utterance', words: 1, via: 'typed' },
      { type: 'dictation/command', command: 'comma', via: 'typed' },
    ]);
  });

  it('a correction by keyboard after dictating is reported once', () => {
    const session = run([typed('hello'), edited('Hell')]);
    expect(emitted(session)).toEqual([{ type: 'dictation/corrected', how: 'typed' }]);
    expect(emitted(next(session, edited('Hel')))).toEqual([]);
  });

  it('effects belong to one step only', () => {
    const session = run([typed('hello'), { type: 'selected', selection: { start: 0, end: 0 } }]);
    expect(session.effects).toEqual([]);
  });

  it('"stop listening" stops the microphone, or explains itself when typed', () => {
    expect(run([start, started, final('stop listening')]).effects).toContainEqual({
      kind: 'stop-listening',
    });
    expect(run([typed('stop listening')]).message?.text).toBe(
      '"Stop listening" would stop the microphone.',
    );
  });

  it('a note is shown and announced once; the next phrase without one clears it', () => {
    const noted = run([typed('delete that')]);
    expect(noted.message).toMatchObject({
      text: 'Nothing to delete yet: dictate something first.',
      shown: true,
    });
    expect(run([typed('hello')], noted).message).toBeNull();
    expect(run([start]).message).toMatchObject({ text: 'Listening.', shown: false });
  });

  it('counts commands for scoring and restarts the clock when cleared', () => {
    const session = run([start, typed('one comma two comma')]);
    expect(session.commandsUsed.get('comma')).toBe(2);
    expect(session.firstAt).toBe(1000);
    const cleared = next(session, { type: 'cleared' });
    expect(cleared.commandsUsed.size).toBe(0);
    expect(cleared.firstAt).toBe(0);
  });
});
