import { describe, expect, it } from 'vitest';
import { allChecks } from '../../src/domain/checks/all-checks';
import { buildPack, PACK_FORMAT, PACK_LIMITS, parsePack } from '../../src/domain/exercises/packs';
import { exerciseSource } from '../support/exercise-source';

const options = { checks: allChecks, reservedIds: () => new Set(['getting-started']), now: 1000 };
const pack = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: PACK_FORMAT,
    version: 1,
    name: 'Year 5 team',
    exercises: [{ file: 'general/01-sample.md', source: exerciseSource() }],
    ...overrides,
  });

describe('exercise packs', () => {
  it('parses a pack with the same schema as exercise files, rendering its prose', () => {
    const parsed = parsePack(pack(), options);
    expect(parsed.name).toBe('Year 5 team');
    expect(parsed.exercises.map((e) => e.id)).toEqual(['sample-exercise']);
    expect(parsed.exercises[0]?.source).toBe('Year 5 team/general/01-sample.md');
    expect(parsed.content['sample-exercise']?.bodyHtml).toContain('<strong>body</strong>');
    expect(parsed.sources['sample-exercise']?.file).toBe('general/01-sample.md');
  });

  it('round-trips through buildPack', () => {
    const parsed = parsePack(pack(), options);
    const again = parsePack(buildPack('Copy', Object.values(parsed.sources)), options);
    expect(again.exercises[0]?.title).toBe(parsed.exercises[0]?.title);
  });

  it.each([
    ['text that is not JSON', 'not json {', /not valid JSON/],
    ['another kind of JSON file', JSON.stringify({ hello: 'world' }), /not a valid exercise pack/],
    ['a newer pack format', pack({ version: 2 }), /not a valid exercise pack.*version/],
    ['no exercises', pack({ exercises: [] }), /at least one exercise/],
    [
      'a file name with a path',
      pack({ exercises: [{ file: '../../etc/passwd', source: 'x' }] }),
      /exercises\.0\.file/,
    ],
    [
      'a broken exercise',
      pack({ exercises: [{ file: 'general/x.md', source: exerciseSource({ title: null }) }] }),
      /broken exercise.*field "title": missing/,
    ],
    [
      'an id already in the app',
      pack({
        exercises: [
          { file: 'general/x.md', source: exerciseSource({ id: 'id: getting-started' }) },
        ],
      }),
      /same id as one already in the app/,
    ],
    ['a pack over the size limit', pack({ name: 'x'.repeat(PACK_LIMITS.bytes) }), /too large/],
  ])('rejects %s with the reason', (_name, text, reason) => {
    expect(() => parsePack(text, options)).toThrow(reason);
  });

  it('judges id clashes by the name the pack parses to, not by searching its text', () => {
    // "name" twice: JSON keeps the last. The earlier search of the raw text found "Pack A"
    // and let this pack take Pack A's ids, so its exercise shadowed another pack's.
    const text = pack({ exercises: [{ file: 'general/x.md', source: exerciseSource() }] }).replace(
      '"name":"Year 5 team"',
      '"name":"Pack A","name":"Pack B"',
    );
    const asked: string[] = [];
    const reservedIds = (name: string) => {
      asked.push(name);
      return name === 'Pack A' ? new Set<string>() : new Set(['sample-exercise']);
    };
    expect(() => parsePack(text, { ...options, reservedIds })).toThrow(/same id/);
    expect(asked).toEqual(['Pack B']);
  });

  it('refuses a deeply nested file in plain words, without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    let message = '';
    try {
      parsePack(deep, options);
    } catch (error) {
      message = String((error as Error).message);
    }
    expect(message).toMatch(/nested far deeper than a pack/);
    expect(message).not.toMatch(/RangeError|call stack/);
  });

  it.each([
    ['__proto__ in the JSON', '{"__proto__": {"polluted": true}, "format": "x"}'],
    [
      'constructor deep inside',
      pack({
        exercises: [
          { file: 'general/x.md', source: 'x', constructor: { prototype: { polluted: true } } },
        ],
      }),
    ],
    [
      '__proto__ in the YAML front-matter',
      pack({
        exercises: [
          {
            file: 'general/x.md',
            source: exerciseSource({ extra: '__proto__: { polluted: true }' }),
          },
        ],
      }),
    ],
  ])('refuses %s and leaves Object.prototype clean', (_name, text) => {
    expect(() => parsePack(text, options)).toThrow(/refused|could be used to attack/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
