import { describe, expect, it } from 'vitest';
import { allChecks } from '../../src/domain/checks/all-checks';
import {
  ExerciseFileError,
  parseCatalogue,
  parseExercise,
} from '../../src/domain/exercises/parse-exercise';
import { exerciseSource } from '../support/exercise-source';

const FILE = 'exercises/general/99-sample.md';

function errorOf(source: string): ExerciseFileError {
  try {
    parseExercise(source, FILE, allChecks);
  } catch (error) {
    if (error instanceof ExerciseFileError) return error;
    throw error;
  }
  throw new Error('expected the exercise to be rejected');
}

describe('parseExercise accepts a well-formed file', () => {
  const { exercise, content } = parseExercise(exerciseSource(), FILE, allChecks);

  it('keeps the front-matter and names the source file', () => {
    expect(exercise.id).toBe('sample-exercise');
    expect(exercise.title).toBe('A sample exercise');
    expect(exercise.source).toBe(FILE);
    expect(exercise.objectives).toEqual(['Change a setting', 'Save a reflection']);
  });

  it('gives steps without an id a stable one, and fills parameter defaults', () => {
    expect(exercise.steps.map((step) => step.id)).toEqual(['theme', 'step-2']);
    expect(exercise.steps[1]?.params).toEqual({ minWords: 5 });
  });

  it('renders the Markdown body and prose fields', () => {
    expect(content.bodyHtml).toContain('<h2>Notes</h2>');
    expect(content.bodyHtml).toContain('<strong>body</strong>');
    expect(content.scenarioHtml).toContain('Year 5 teacher');
  });
});

describe('parseExercise renders Markdown without raw HTML', () => {
  it('shows HTML and script in the body as text', () => {
    const { content } = parseExercise(
      exerciseSource({}, '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n'),
      FILE,
      allChecks,
    );
    expect(content.bodyHtml).not.toContain('<script');
    expect(content.bodyHtml).not.toContain('<img');
    expect(content.bodyHtml).toContain('&lt;script&gt;');
  });

  it('drops javascript: links', () => {
    const { content } = parseExercise(
      exerciseSource({}, '[click me](javascript:alert(1)) and [settings](#/settings)\n'),
      FILE,
      allChecks,
    );
    expect(content.bodyHtml).not.toMatch(/href="javascript:/);
    expect(content.bodyHtml).toContain('href="#/settings"');
  });
});

describe('parseExercise names the file, the field and what was expected', () => {
  it.each([
    ['a missing title', { title: null }, 'title', /missing; expected string/],
    [
      'an unknown check id',
      {
        steps: 'steps:\n  - text: Do it.\n    check: no-such-check',
      },
      'steps[0].check',
      /unknown check "no-such-check"; expected one of: .*setting-changed/,
    ],
    [
      'bad check parameters',
      {
        steps:
          'steps:\n  - text: Do it.\n    check: setting-changed\n    params: { setting: colour }',
      },
      'steps[0].params.setting',
      /theme.*textSize|textSize.*theme/,
    ],
    ['an unknown tool', { tool: 'tool: telepathy' }, 'tool', /dictation/],
    ['too many minutes', { minutes: 'minutes: 40' }, 'minutes', /at most 15 minutes/],
    ['an unknown area of need', { areas: 'areas: [maths]' }, 'areas[0]', /cognition-and-learning/],
    ['a misspelt field', { extra: 'titel: Oops' }, '(top level)', /unknown field "titel"/],
    ['an id that is not kebab-case', { id: 'id: Sample Exercise' }, 'id', /kebab-case/],
    ['no steps', { steps: 'steps: []' }, 'steps', /at least one step/],
    [
      'two steps with one id',
      {
        steps:
          'steps:\n  - { id: a, text: One., check: reflection-written }\n  - { id: a, text: Two., check: reflection-written }',
      },
      'steps[1].id',
      /used by another step/,
    ],
  ])('rejects %s', (_name, replace, field, problem) => {
    const error = errorOf(exerciseSource(replace));
    expect(error.file).toBe(FILE);
    expect(error.field).toBe(field);
    expect(error.problem).toMatch(problem);
    expect(error.message).toContain(FILE);
    expect(error.message).toContain(`"${field}"`);
  });

  it('rejects bad YAML with its line', () => {
    const error = errorOf(exerciseSource({ title: 'title: [unclosed' }));
    expect(error.field).toMatch(/^\(YAML, line \d+, column \d+\)$/);
    expect(error.problem).toMatch(/not valid YAML/);
  });

  it('rejects a file without front-matter', () => {
    expect(errorOf('# Just a heading\n').field).toBe('(front-matter)');
  });
});

describe('parseCatalogue', () => {
  it('rejects two files with one id, naming both', () => {
    const source = exerciseSource();
    expect(() =>
      parseCatalogue(
        [
          { file: 'exercises/a.md', source },
          { file: 'exercises/b.md', source },
        ],
        allChecks,
      ),
    ).toThrow(/exercises\/b\.md, field "id": "sample-exercise" is also used by exercises\/a\.md/);
  });

  it('orders exercises by file name', () => {
    const parsed = parseCatalogue(
      [
        { file: 'exercises/general/02-b.md', source: exerciseSource({ id: 'id: b' }) },
        { file: 'exercises/general/01-a.md', source: exerciseSource({ id: 'id: a' }) },
      ],
      allChecks,
    );
    expect(parsed.map((p) => p.exercise.id)).toEqual(['a', 'b']);
  });
});
