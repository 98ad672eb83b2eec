import { describe, expect, it } from 'vitest';
import {
  FINALS_KEPT,
  finalsAfter,
  initialRecognition,
  nextRecognition,
  type RecognitionEvent,
  type RecognitionState,
  recognitionListener,
} from '../../src/domain/recognition/recognition-session';
import { createScriptedRecognition } from '../../src/engines/recognition/scripted-recognition';

const run = (events: RecognitionEvent[], from: RecognitionState = initialRecognition()) =>
  events.reduce(nextRecognition, from);
const texts = (state: RecognitionState) => state.finals.map((final) => final.text);

describe('recognition session: status', () => {
  it.each<[string, RecognitionEvent[], RecognitionState['status']]>([
    ['nothing yet', [], 'stopped'],
    ['start pressed', [{ type: 'start-requested' }], 'starting'],
    ['engine listening', [{ type: 'start-requested' }, { type: 'started' }], 'listening'],
    [
      "Chrome's silence end: carrying on",
      [{ type: 'start-requested' }, { type: 'started' }, { type: 'engine-ended' }],
      'restarting',
    ],
    [
      'restarted after the one-minute end',
      [
        { type: 'start-requested' },
        { type: 'started' },
        { type: 'engine-ended' },
        { type: 'started' },
      ],
      'listening',
    ],
    [
      'stop pressed, engine still finalising',
      [{ type: 'start-requested' }, { type: 'started' }, { type: 'stop-requested' }],
      'stopping',
    ],
    [
      'a late "listening" after Stop does not undo the Stop',
      [
        { type: 'start-requested' },
        { type: 'stop-requested' },
        { type: 'started' },
        { type: 'engine-ended' },
      ],
      'stopping',
    ],
    [
      'stopped',
      [
        { type: 'start-requested' },
        { type: 'started' },
        { type: 'stop-requested' },
        { type: 'stopped' },
      ],
      'stopped',
    ],
    ['typed practice reports listening without a start', [{ type: 'started' }], 'listening'],
  ])('%s', (_name, events, status) => {
    expect(run(events).status).toBe(status);
  });

  it('a second start while listening changes nothing', () => {
    const listening = run([{ type: 'start-requested' }, { type: 'started' }]);
    expect(nextRecognition(listening, { type: 'start-requested' })).toBe(listening);
  });
});

describe('recognition session: interim and finals', () => {
  it('shows the interim apart and commits finals in order, interim cleared', () => {
    const state = run([
      { type: 'start-requested' },
      { type: 'started' },
      { type: 'interim', text: 'hello' },
      { type: 'final', text: 'hello world', confidence: 0.9 },
      { type: 'interim', text: 'full' },
    ]);
    expect(state.interim).toBe('full');
    expect(state.finals).toEqual([
      { seq: 1, text: 'hello world', confidence: 0.9, keptFromInterim: false },
    ]);
  });

  it('a dropped session mid-phrase keeps the interim words as a final', () => {
    const state = run([
      { type: 'start-requested' },
      { type: 'started' },
      { type: 'final', text: 'the volcano' },
      { type: 'interim', text: 'erupted last' },
      { type: 'stopped' },
    ]);
    expect(state.status).toBe('stopped');
    expect(state.interim).toBe('');
    expect(texts(state)).toEqual(['the volcano', 'erupted last']);
    expect(state.finals[1]?.keptFromInterim).toBe(true);
  });

  it("Chrome's own end mid-phrase keeps the interim too, once", () => {
    const state = run([
      { type: 'start-requested' },
      { type: 'started' },
      { type: 'interim', text: 'one minute' },
      { type: 'engine-ended' },
      { type: 'started' },
      { type: 'interim', text: '' },
    ]);
    expect(texts(state)).toEqual(['one minute']);
    expect(state.status).toBe('listening');
  });

  it('an engine that already kept the interim (final, then empty interim) is not committed twice', () => {
    const state = run([
      { type: 'start-requested' },
      { type: 'started' },
      { type: 'interim', text: 'half a' },
      { type: 'final', text: 'half a', confidence: 0, keptFromInterim: true },
      { type: 'interim', text: '' },
      { type: 'stopped' },
    ]);
    expect(texts(state)).toEqual(['half a']);
  });

  it('empty finals commit nothing', () => {
    expect(run([{ type: 'final', text: '   ' }]).committed).toBe(0);
  });

  it('keeps the newest finals and counts them all', () => {
    const events: RecognitionEvent[] = [];
    for (let i = 1; i <= FINALS_KEPT + 5; i += 1) events.push({ type: 'final', text: `p${i}` });
    const state = run(events);
    expect(state.finals).toHaveLength(FINALS_KEPT);
    expect(state.committed).toBe(FINALS_KEPT + 5);
    expect(state.finals[0]?.text).toBe('p6');
  });

  it('finalsAfter gives only what a consumer has not seen', () => {
    const state = run([
      { type: 'final', text: 'a' },
      { type: 'final', text: 'b' },
      { type: 'final', text: 'c' },
    ]);
    expect(finalsAfter(state, 1).map((final) => final.text)).toEqual(['b', 'c']);
    expect(finalsAfter(state, 3)).toEqual([]);
  });
});

describe('recognition session: errors', () => {
  it('no-speech is a notice, listening goes on; speech clears it', () => {
    const quiet = run([
      { type: 'start-requested' },
      { type: 'started' },
      { type: 'error', code: 'no-speech' },
    ]);
    expect(quiet).toMatchObject({ status: 'listening', noSpeech: true, error: null });
    expect(nextRecognition(quiet, { type: 'interim', text: 'hi' }).noSpeech).toBe(false);
  });

  it('a fatal error is kept until dismissed or the next start', () => {
    const failed = run([
      { type: 'start-requested' },
      { type: 'error', code: 'not-allowed' },
      { type: 'stopped' },
    ]);
    expect(failed).toMatchObject({ status: 'stopped', error: 'not-allowed' });
    expect(nextRecognition(failed, { type: 'error-dismissed' }).error).toBeNull();
    expect(nextRecognition(failed, { type: 'start-requested' }).error).toBeNull();
  });
});

describe('recognition session: driven by an engine', () => {
  it('the scripted engine, through recognitionListener, gives the same story', () => {
    const engine = createScriptedRecognition();
    let state = nextRecognition(initialRecognition(), { type: 'start-requested' });
    const session = engine.start(
      { lang: 'en-GB', processLocally: true },
      recognitionListener((event) => {
        state = nextRecognition(state, event);
      }),
    );
    expect(state.status).toBe('listening');
    engine.say('hello');
    expect(state.interim).toBe('hello');
    engine.say('hello world', { final: true });
    engine.say('and goodbye');
    state = nextRecognition(state, { type: 'stop-requested' });
    session.stop();
    expect(state.status).toBe('stopped');
    expect(texts(state)).toEqual(['hello world', 'and goodbye']);
  });
});
