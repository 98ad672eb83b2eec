import { describe, expect, it } from 'vitest';
import {
  captionLine,
  expectedWordsIn,
  parseExpectedWords,
  withExpectedCasing,
} from '../../src/features/captions/caption-text';
import {
  COLOUR_PAIRS,
  contrastRatio,
  contrastText,
  DEFAULT_PRESENTATION,
  readPresentation,
} from '../../src/features/captions/presentation';
import { isNewer, readMessage } from '../../src/features/captions/pupil-sync';
import {
  appendLine,
  elapsed,
  readTranscript,
  TRANSCRIPT_LIMIT,
  transcriptText,
} from '../../src/features/captions/transcript';

describe('caption lines are literal, with sentence capitals', () => {
  it.each([
    ['the water cycle starts with evaporation', 'The water cycle starts with evaporation'],
    ['  so   what do you think  ', 'So what do you think'],
    ['i think i know. it rains', 'I think I know. It rains'],
    ['full stop new paragraph comma', 'Full stop new paragraph comma'],
    ['"why" asked Amira', '"Why" asked Amira'],
    ["it's mine, isn't it? yes", "It's mine, isn't it? Yes"],
    ['', ''],
  ])('%j → %j', (heard, shown) => {
    expect(captionLine(heard, 'en-GB')).toBe(shown);
  });

  it('leaves "i" alone outside English', () => {
    expect(captionLine('i kot', 'pl-PL')).toBe('I kot');
    expect(captionLine('ala i kot', 'pl-PL')).toBe('Ala i kot');
  });
});

describe('words to expect', () => {
  it('parses lines and commas, dropping blanks and repeats', () => {
    expect(parseExpectedWords('evaporation\n Mr  Shah, condensation,,evaporation\n')).toEqual([
      'evaporation',
      'Mr Shah',
      'condensation',
    ]);
  });

  it('writes listed names as the teacher wrote them, changing only their case', () => {
    const list = ['Mr Shah', 'evaporation', 'C++'];
    expect(withExpectedCasing('Ask mr  shah about Evaporation, mr shahid.', list)).toBe(
      'Ask Mr Shah about Evaporation, mr shahid.',
    );
    expect(withExpectedCasing('we use c++ here', list)).toBe('we use C++ here');
  });

  it('finds whole words and phrases in a caption, case and punctuation aside', () => {
    const list = ['evaporation', 'Mr Shah', 'cycle', 'rain'];
    expect(expectedWordsIn('Ask Mr Shah about evaporation.', list)).toEqual([
      'evaporation',
      'Mr Shah',
    ]);
    expect(expectedWordsIn('Training and Mr Shahid', list)).toEqual([]);
  });
});

describe('presentation', () => {
  it('states the WCAG contrast of each pair, every one at least the enhanced 7:1', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastText(COLOUR_PAIRS.find((p) => p.id === 'yellow-on-black')!)).toBe('19.5:1');
    for (const pair of COLOUR_PAIRS) {
      expect(contrastRatio(pair.text, pair.background), pair.id).toBeGreaterThanOrEqual(7);
    }
    expect(COLOUR_PAIRS.map((p) => p.id)).toContain('yellow-on-black');
  });

  it('reads saved settings, clamping and falling back field by field', () => {
    expect(readPresentation(null)).toEqual(DEFAULT_PRESENTATION);
    expect(readPresentation({ size: 500, lines: 0, position: 'top', colours: 'pink' })).toEqual({
      size: 96,
      lines: 1,
      position: 'top',
      colours: DEFAULT_PRESENTATION.colours,
    });
  });
});

describe('transcript', () => {
  it('numbers lines, keeps at most the limit, and saves times since the first line', () => {
    let lines = appendLine([], 'Good morning.', Date.UTC(2026, 10, 30, 9, 0, 0), 'voice');
    lines = appendLine(lines, 'Today: the water cycle.', Date.UTC(2026, 10, 30, 9, 1, 5), 'typed');
    expect(lines.map((l) => l.n)).toEqual([1, 2]);
    const text = transcriptText(lines);
    expect(text).toMatch(/^Live captions transcript, started 30 November 2026/);
    expect(text).toContain('[00:00:00] Good morning.\n[00:01:05] Today: the water cycle.\n');
    expect(elapsed(3_725_000)).toBe('01:02:05');
    let many = lines;
    for (let i = 0; i < TRANSCRIPT_LIMIT + 5; i += 1) many = appendLine(many, `w${i}`, i, 'voice');
    expect(many).toHaveLength(TRANSCRIPT_LIMIT);
    expect(many[many.length - 1]?.n).toBe(TRANSCRIPT_LIMIT + 7);
  });

  it('drops damaged saved lines, not the whole transcript', () => {
    expect(
      readTranscript([{ n: 1, at: 5, text: 'ok', via: 'voice' }, { n: 'x' }, null, 'junk']),
    ).toEqual([{ n: 1, at: 5, text: 'ok', via: 'voice' }]);
    expect(readTranscript({})).toEqual([]);
  });
});

describe('pupil view messages', () => {
  const snapshot = (rev: number, source = 'a') =>
    readMessage({
      kind: 'snapshot',
      rev,
      source,
      lines: [{ n: 1, text: 'Hello' }, { bad: true }],
      interim: 'and',
      lang: 'en-GB',
      presentation: { size: 48 },
    });

  it('reads snapshots defensively and ignores anything else', () => {
    const read = snapshot(1);
    expect(read).toMatchObject({ kind: 'snapshot', lines: [{ n: 1, text: 'Hello' }] });
    expect(read?.kind === 'snapshot' && read.presentation.size).toBe(48);
    expect(readMessage({ kind: 'hello' })).toEqual({ kind: 'hello' });
    expect(readMessage({ kind: 'who', extra: 1 })).toEqual({ kind: 'who' });
    expect(readMessage({ kind: 'snapshot', rev: 'x' })).toBeNull();
    expect(readMessage('hello')).toBeNull();
  });

  it('never lets an older snapshot from the same window win; a reloaded window starts afresh', () => {
    const first = snapshot(5);
    const older = snapshot(4);
    const reloaded = snapshot(1, 'b');
    if (first?.kind !== 'snapshot' || older?.kind !== 'snapshot' || reloaded?.kind !== 'snapshot')
      throw new Error('not snapshots');
    expect(isNewer(null, first)).toBe(true);
    expect(isNewer(first, older)).toBe(false);
    expect(isNewer(first, reloaded)).toBe(true);
  });
});
