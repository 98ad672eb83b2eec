import { describe, expect, it } from 'vitest';
import { createFakeSynthesis } from '../../src/engines/synthesis/fake-synthesis';
import { synthesisContract } from './synthesis-contract';
import { createSynthesisDriver } from './synthesis-driver';

synthesisContract(
  'the clock-driven fake (browser voice)',
  () => createSynthesisDriver(createFakeSynthesis({ msPerWord: 5 })),
  () => 'browser:fake-gb',
);

synthesisContract(
  'the clock-driven fake (built-in voice)',
  () => createSynthesisDriver(createFakeSynthesis({ msPerWord: 5, browser: null })),
  () => 'builtin:gmw/en',
);

describe('the fake voice, scripted', () => {
  const chunk = { start: 0, text: 'Hello there', wordStarts: [0, 6] };
  const voice = {
    id: 'browser:fake-gb',
    name: 'Fake Daniel',
    lang: 'en-GB',
    localService: true,
    builtIn: false,
  };

  it('says one word per step in manual mode and records the reading', async () => {
    const fake = createFakeSynthesis({ mode: 'manual' });
    const words: number[] = [];
    let ended = false;
    fake.speak([chunk], {
      voice,
      rate: 1.5,
      onWord: (offset) => words.push(offset),
      onEnd: () => {
        ended = true;
      },
      onError: () => {},
    });
    await Promise.resolve();
    fake.step();
    expect(words).toEqual([0]);
    fake.finish();
    expect(words).toEqual([0, 6]);
    expect(ended).toBe(true);
    expect(fake.readings).toEqual([{ voiceId: 'browser:fake-gb', rate: 1.5, text: 'Hello there' }]);
  });

  it('fails once when told to, with the code given', async () => {
    const fake = createFakeSynthesis({ mode: 'manual' });
    fake.failNext('synthesis-failed');
    const codes: string[] = [];
    const speakOnce = () =>
      fake.speak([chunk], {
        voice,
        rate: 1,
        onWord: () => {},
        onEnd: () => {},
        onError: (error) => codes.push(error.code),
      });
    speakOnce();
    await Promise.resolve();
    speakOnce();
    await Promise.resolve();
    expect(codes).toEqual(['synthesis-failed']);
    expect(fake.speaking).toBe(true);
  });

  it('refuses a browser voice when the browser has no speech synthesis', async () => {
    const fake = createFakeSynthesis({ browser: null });
    expect((await fake.voices()).every((v) => v.builtIn)).toBe(true);
    const error = await new Promise<string>((resolve) =>
      fake.speak([chunk], {
        voice,
        rate: 1,
        onWord: () => {},
        onEnd: () => resolve('ended'),
        onError: (e) => resolve(e.code),
      }),
    );
    expect(error).toBe('no-voices');
  });
});
