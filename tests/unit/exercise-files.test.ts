import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { exercisesPlugin, loadExercises } from '../../build/exercises-plugin';
import { PHASES } from '../../src/domain/exercises/vocabulary';
import { exerciseSource } from '../support/exercise-source';

const root = join(import.meta.dirname, '..', '..');

describe('the shipped exercises', () => {
  const parsed = loadExercises(root);

  it('all validate, with unique ids', () => {
    expect(parsed.length).toBeGreaterThan(0);
    expect(new Set(parsed.map((p) => p.exercise.id)).size).toBe(parsed.length);
  });

  it('include "Getting started" in exercises/general/', () => {
    const gettingStarted = parsed.find((p) => p.exercise.id === 'getting-started');
    expect(gettingStarted?.exercise.source).toMatch(/^exercises\/general\//);
  });

  it('give pupils their own words: a pupil title, and pupil wording for every step they see', () => {
    for (const { exercise } of parsed.filter((p) => p.exercise.audience.includes('pupil'))) {
      expect(exercise.pupilTitle, exercise.id).toBeDefined();
      for (const step of exercise.steps.filter((s) => s.check !== 'reflection-written')) {
        expect(step.pupilText, `${exercise.id} ${step.id}`).toBeDefined();
      }
    }
  });

  it("are at least 30 before the communication tools' own, with at least 3 set in every phase", () => {
    const own = parsed.filter((p) => !['captions', 'symbols'].includes(p.exercise.tool));
    expect(own.length).toBeGreaterThanOrEqual(30);
    for (const phase of PHASES) {
      const inPhase = parsed
        .filter((p) => p.exercise.phase.includes(phase))
        .map((p) => p.exercise.id);
      expect(inPhase.length, `${phase}: ${inPhase.join(', ')}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('say in their limits when to involve a specialist', () => {
    const specialist =
      /QTVI|qualified teacher of the visually impaired|speech and language therapist|educational psychologist|Teacher of the Deaf|occupational therapist|specialist assessor/i;
    for (const { exercise, content } of parsed) {
      const limits = content.limitsHtml.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
      expect(limits, exercise.id).toMatch(specialist);
    }
  });

  it('never frame learning English as a special educational need (Code of Practice 6.24)', () => {
    for (const { exercise, content } of parsed) {
      const text = Object.values(content)
        .join(' ')
        .replace(/<[^>]*>/g, ' ');
      if (/learning English|new to English|additional language/i.test(text)) {
        expect(text, exercise.id).toMatch(/not in itself a special educational need/);
      }
    }
  });

  it('live in the folder of their tool', () => {
    for (const { exercise } of parsed) {
      expect(exercise.source.split('/')[1]).toBe(exercise.tool);
    }
  });
});

describe('a broken exercise file stops the build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'at-exercises-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['missing title', { title: null }, /01-broken\.md, field "title": missing/],
    [
      'unknown check id',
      {
        steps: 'steps:\n  - text: Do it.\n    check: made-up-check',
      },
      /01-broken\.md, field "steps\[0\]\.check": unknown check "made-up-check"/,
    ],
    ['bad YAML', { title: 'title: "unclosed' }, /01-broken\.md, field "\(YAML, line \d+/],
    ['missing phase', { phase: null }, /01-broken\.md, field "phase": missing/],
    ['missing withPupils', { withPupils: null }, /01-broken\.md, field "withPupils": missing/],
    [
      'pupil wording in a staff-only exercise',
      {
        steps:
          'steps:\n  - text: Change the theme.\n    pupilText: Pick colours.\n    check: setting-changed\n    params: { setting: theme }',
      },
      /01-broken\.md, field "steps\[0\]\.pupilText": pupil wording is only shown to pupils/,
    ],
  ])('%s', async (_name, replace, message) => {
    mkdirSync(join(dir, 'exercises', 'general'), { recursive: true });
    writeFileSync(join(dir, 'exercises', 'general', '01-broken.md'), exerciseSource(replace));
    // A one-line entry that uses the catalogue, as the app does: the real build would fail the same way.
    writeFileSync(
      join(dir, 'entry.js'),
      "import exercises from 'virtual:exercises';\nconsole.log(exercises);\n",
    );
    await expect(
      build({
        root: dir,
        configFile: false,
        logLevel: 'silent',
        plugins: [exercisesPlugin({ dir: join(dir, 'exercises') })],
        build: { write: false, rollupOptions: { input: join(dir, 'entry.js') } },
      }),
    ).rejects.toThrow(message);
  });
});
