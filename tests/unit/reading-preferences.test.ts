import { describe, expect, it } from 'vitest';
import type { SynthesisVoice } from '../../src/engines/synthesis/synthesis-engine';
import {
  DEFAULT_PREFERENCES,
  LINE_SPACING,
  parsePreferences,
  RATE,
  rateLabel,
  snap,
} from '../../src/features/read-aloud/reading/preferences';
import {
  chooseVoice,
  groupVoices,
  voiceLabel,
} from '../../src/features/read-aloud/reading/voice-choice';

const voice = (id: string, lang: string, localService = true, builtIn = false): SynthesisVoice => ({
  id,
  name: id,
  lang,
  localService,
  builtIn,
});

const AFRIKAANS = voice('af', 'af');
const GB_LOCAL = voice('gb', 'en-GB');
const GB_REMOTE = voice('gb-online', 'en-GB', false);
const US_LOCAL = voice('us', 'en-US');
const BUILT_IN_GB = voice('builtin-gb', 'en-GB', true, true);
const BUILT_IN_PL = voice('builtin-pl', 'pl', true, true);

describe('choosing a voice by language', () => {
  it.each([
    ['an on-device en-GB browser voice first', [AFRIKAANS, BUILT_IN_GB, US_LOCAL, GB_LOCAL], 'gb'],
    ['the built-in en-GB before another English', [AFRIKAANS, US_LOCAL, BUILT_IN_GB], 'builtin-gb'],
    ['never an online voice by default', [GB_REMOTE, BUILT_IN_GB], 'builtin-gb'],
    ['never the default voice in another language', [AFRIKAANS, US_LOCAL], 'us'],
    ['nothing when no voice speaks the language', [AFRIKAANS, BUILT_IN_PL], null],
    ['nothing when there are no voices', [], null],
  ] as [string, SynthesisVoice[], string | null][])('%s', (_name, voices, expected) => {
    expect(chooseVoice(voices, 'en-GB')?.id ?? null).toBe(expected);
  });

  it('keeps the voice the person chose, online or not, if it is still there', () => {
    expect(chooseVoice([GB_LOCAL, GB_REMOTE], 'en-GB', 'gb-online')?.id).toBe('gb-online');
    expect(chooseVoice([GB_LOCAL], 'en-GB', 'gone')?.id).toBe('gb');
  });

  it('chooses by the language asked for', () => {
    expect(chooseVoice([GB_LOCAL, BUILT_IN_PL], 'pl')?.id).toBe('builtin-pl');
  });

  it('groups browser voices by language, the wanted one first, built-in voices last', () => {
    const groups = groupVoices([AFRIKAANS, US_LOCAL, BUILT_IN_GB, GB_LOCAL, GB_REMOTE], 'en-GB');
    expect(groups.map((g) => g.label)).toEqual([
      'British English',
      'American English',
      'Afrikaans',
      'Built-in voice (works offline)',
    ]);
    expect(groups[0]?.voices.map((v) => v.id)).toEqual(['gb', 'gb-online']);
  });

  it.each([
    [GB_LOCAL, 'gb, on this device'],
    [GB_REMOTE, 'gb-online, online: text is sent to a speech service'],
    [BUILT_IN_GB, 'builtin-gb, built-in'],
  ])('labels %o as "%s"', (v, label) => {
    expect(voiceLabel(v)).toBe(label);
  });
});

describe('reading preferences', () => {
  it.each([
    [null, DEFAULT_PREFERENCES],
    ['not json', DEFAULT_PREFERENCES],
    ['[1,2]', DEFAULT_PREFERENCES],
    ['{"tint":"blue","lineFocus":5}', { ...DEFAULT_PREFERENCES, tint: 'blue', lineFocus: 5 }],
    ['{"tint":"plaid","lineFocus":4}', DEFAULT_PREFERENCES],
    ['{"textSize":9000,"rate":0.1}', DEFAULT_PREFERENCES],
    [
      '{"font":"opendyslexic","voice":"builtin:gmw/en"}',
      { ...DEFAULT_PREFERENCES, font: 'opendyslexic', voice: 'builtin:gmw/en' },
    ],
  ])('restores %j', (saved, expected) => {
    expect(parsePreferences(saved)).toEqual(expected);
  });

  it.each([
    [1.2000000002, LINE_SPACING, 1.2],
    [1.93, LINE_SPACING, 2],
    [9, LINE_SPACING, 3],
    [0.44, RATE, 0.5],
    [1.26, RATE, 1.3],
  ])('snaps %f to its step', (value, range, expected) => {
    expect(snap(value, range)).toBe(expected);
  });

  it.each([
    [1, '1.0× (normal)'],
    [0.8, '0.8× (slower)'],
    [1.5, '1.5× (faster)'],
  ])('names rate %f "%s"', (rate, label) => {
    expect(rateLabel(rate)).toBe(label);
  });
});
