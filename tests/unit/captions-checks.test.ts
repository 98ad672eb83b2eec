import { describe, expect, it } from 'vitest';
import { allChecks } from '../../src/domain/checks/all-checks';
import { passageKey } from '../../src/domain/checks/dictation-checks';
import type { PracticeEvent, PracticeEventBody } from '../../src/domain/exercises/events';

const stamp = (bodies: PracticeEventBody[]): PracticeEvent[] =>
  bodies.map((body, i) => ({ ...body, at: i + 1 }) as PracticeEvent);

function passes(id: string, params: Record<string, unknown>, bodies: PracticeEventBody[]) {
  const check = allChecks.get(id);
  if (!check) throw new Error(`no check ${id}`);
  return check.evaluate(stamp(bodies), check.params.parse(params));
}

const line = (words: number, via: 'voice' | 'typed' = 'voice', expected: string[] = []) =>
  ({ type: 'captions/line', words, via, expected }) as const;

describe('captions checks', () => {
  it('captions-words counts words, by voice or typed when asked', () => {
    expect(passes('captions-words', { atLeast: 10 }, [line(6), line(4, 'typed')])).toBe(true);
    expect(
      passes('captions-words', { atLeast: 10, via: 'voice' }, [line(6), line(4, 'typed')]),
    ).toBe(false);
    expect(passes('captions-words', { atLeast: 1 }, [])).toBe(false);
  });

  it('captions-presentation needs the person to set it, to the value asked', () => {
    const colours = { type: 'captions/presentation-changed', setting: 'colours' } as const;
    expect(
      passes('captions-presentation', { setting: 'colours', value: 'yellow-on-black' }, [
        { ...colours, value: 'black-on-white' },
      ]),
    ).toBe(false);
    expect(
      passes('captions-presentation', { setting: 'colours', value: 'yellow-on-black' }, [
        { ...colours, value: 'yellow-on-black' },
      ]),
    ).toBe(true);
    const size = (value: number) =>
      ({ type: 'captions/presentation-changed', setting: 'size', value }) as const;
    expect(passes('captions-presentation', { setting: 'size', atLeast: 56 }, [size(52)])).toBe(
      false,
    );
    expect(passes('captions-presentation', { setting: 'size', atLeast: 56 }, [size(60)])).toBe(
      true,
    );
  });

  it('captions-pupil-view needs a connection and then captions shown in it', () => {
    const connected = { type: 'captions/pupil-view-connected' } as const;
    expect(passes('captions-pupil-view', {}, [line(3), connected])).toBe(false);
    expect(passes('captions-pupil-view', {}, [connected, line(3)])).toBe(true);
  });

  it('captions-expected-words counts different list entries seen in captions', () => {
    expect(
      passes('captions-expected-words', { atLeast: 2 }, [
        line(3, 'voice', ['evaporation']),
        line(3, 'voice', ['Evaporation']),
      ]),
    ).toBe(false);
    expect(
      passes('captions-expected-words', { atLeast: 2 }, [
        line(3, 'voice', ['evaporation']),
        line(3, 'voice', ['Mr Shah']),
      ]),
    ).toBe(true);
  });

  it('captions-accuracy and captions-accuracy-missed read the check against the script', () => {
    const script = 'Harold marched north to Stamford Bridge.';
    const checked = (accuracy: number, missed: string[], text = script) =>
      ({ type: 'captions/accuracy-checked', script: passageKey(text), accuracy, missed }) as const;
    expect(passes('captions-accuracy', { atLeast: 0, script }, [])).toBe(false);
    expect(passes('captions-accuracy', { atLeast: 0, script }, [checked(80, [], 'Other')])).toBe(
      false,
    );
    expect(passes('captions-accuracy', { atLeast: 90, script }, [checked(80, ['Harold'])])).toBe(
      false,
    );
    expect(passes('captions-accuracy', { atLeast: 0, script }, [checked(80, ['Harold'])])).toBe(
      true,
    );
    expect(passes('captions-accuracy-missed', {}, [checked(100, [])])).toBe(false);
    expect(passes('captions-accuracy-missed', {}, [checked(80, ['Harold'])])).toBe(true);
  });

  it('captions-transcript-saved needs enough lines', () => {
    const saved = (lines: number) => ({ type: 'captions/transcript-saved', lines }) as const;
    expect(passes('captions-transcript-saved', { atLeast: 3 }, [saved(2)])).toBe(false);
    expect(passes('captions-transcript-saved', { atLeast: 3 }, [saved(3)])).toBe(true);
  });
});
