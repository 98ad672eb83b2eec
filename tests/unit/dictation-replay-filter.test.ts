import { describe, expect, it } from 'vitest';
import { ReplayFilter, type ResultLike } from '../../src/engines/recognition/replay-filter';

const final = (transcript: string, confidence = 0.9): ResultLike => ({
  isFinal: true,
  alternatives: [{ transcript, confidence }],
});
const interim = (transcript: string): ResultLike => ({
  isFinal: false,
  alternatives: [{ transcript, confidence: 0 }],
});

/** Feeds result lists in order; returns every final phrase emitted and the last interim. */
function feed(events: ResultLike[][], filter = new ReplayFilter()) {
  const finals: string[] = [];
  let last = '';
  for (const results of events) {
    const output = filter.accept(results);
    finals.push(...output.finals.map((phrase) => phrase.text));
    last = output.interim;
  }
  return { finals, interim: last };
}

describe('replay filter: each phrase once', () => {
  it.each<[string, ResultLike[][], string[], string]>([
    ['interim then final', [[interim('hello')], [final('hello world')]], ['hello world'], ''],
    [
      'desktop Chrome: list grows, resultIndex moves on',
      [[final('one')], [final('one'), interim('two')], [final('one'), final('two')]],
      ['one', 'two'],
      '',
    ],
    [
      'resultIndex back to 0 with earlier finals replayed',
      [[final('one')], [final('one'), final('two')], [final('one'), final('two')]],
      ['one', 'two'],
      '',
    ],
    [
      'a final that repeats all earlier finals',
      [[final('the cat')], [final('the cat'), final('the cat sat down')]],
      ['the cat', 'sat down'],
      '',
    ],
    [
      'cumulative final at the same index',
      [[final('hello')], [final('hello there')]],
      ['hello', 'there'],
      '',
    ],
    [
      'duplicate final with confidence 0',
      [[final('good morning')], [final('good morning'), final('good morning', 0)]],
      ['good morning'],
      '',
    ],
    [
      'a new final with confidence 0 is kept',
      [[final('good morning')], [final('good morning'), final('class', 0)]],
      ['good morning', 'class'],
      '',
    ],
    [
      'interim repeating earlier finals shows only the new words',
      [[final('hello')], [interim('hello and welcome')]],
      ['hello'],
      'and welcome',
    ],
  ])('%s', (_name, events, finals, lastInterim) => {
    const result = feed(events);
    expect(result.finals).toEqual(finals);
    expect(result.interim).toBe(lastInterim);
  });

  it('after an unexpected end, does not double the words kept from the interim guess', () => {
    const filter = new ReplayFilter();
    feed([[interim('the cat sat')]], filter);
    filter.newSession('the cat sat');
    const next = feed([[interim('the cat sat on')], [final('the cat sat on the mat')]], filter);
    expect(next.finals).toEqual(['on the mat']);
  });

  it('after an unexpected end, keeps a new session that does not repeat', () => {
    const filter = new ReplayFilter();
    filter.newSession('the cat sat');
    expect(feed([[final('on the mat')]], filter).finals).toEqual(['on the mat']);
  });

  it('a new session numbers results from 0 again', () => {
    const filter = new ReplayFilter();
    feed([[final('first')]], filter);
    filter.newSession();
    expect(feed([[final('second')]], filter).finals).toEqual(['second']);
  });

  it('passes alternatives and confidence through', () => {
    const output = new ReplayFilter().accept([
      {
        isFinal: true,
        alternatives: [
          { transcript: 'there', confidence: 0.8 },
          { transcript: 'their', confidence: 0.1 },
        ],
      },
    ]);
    expect(output.finals).toEqual([
      { text: 'there', confidence: 0.8, alternatives: [{ transcript: 'their', confidence: 0.1 }] },
    ]);
  });
});
