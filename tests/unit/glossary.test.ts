import { describe, expect, it } from 'vitest';
import { loadExercises } from '../../build/exercises-plugin';
import { GLOSSARY, glossaryFor } from '../../src/domain/exercises/glossary';

const root = new URL('../..', import.meta.url).pathname;

describe('glossary', () => {
  it('has one plain definition per term, with unique anchors', () => {
    expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length);
    for (const entry of GLOSSARY) {
      expect(entry.definition, entry.term).toMatch(/^[A-Z].{20,240}\.$/u);
    }
  });

  it('finds the terms a text uses, in the order they first appear, as whole words', () => {
    const found = glossaryFor([
      'Their QTVI report says acuity 6/24. OCR reads print; logMAR 0.6. Deuteranopia.',
    ]).map((e) => e.id);
    expect(found).toEqual(['qtvi', 'visual-acuity', 'ocr', 'logmar', 'deuteranopia']);
    // Abbreviations only in capitals, and never inside another word.
    expect(glossaryFor(['a send-off, the ocr pass, SENDER, 6/60'])).toEqual([]);
  });

  it('explains the terms the issue names wherever shipped exercises use them', () => {
    const ids = new Set(GLOSSARY.map((e) => e.id));
    for (const id of [
      'ocr',
      'senco',
      'protanopia',
      'deuteranopia',
      'tritanopia',
      'achromatopsia',
      'hemianopia',
      'logmar',
      'snellen',
      'cer',
      'wer',
      'interim-result',
      'qtvi',
      'ehcp',
      'aac',
      'bsl',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    const vision = loadExercises(root).find((p) => p.exercise.id === 'colour-coded-worksheet');
    expect(vision).toBeDefined();
    const terms = glossaryFor([
      ...(vision?.exercise.steps.map((s) => s.text) ?? []),
      vision?.content.limitsHtml ?? '',
    ]).map((e) => e.id);
    expect(terms).toEqual(expect.arrayContaining(['protanopia', 'deuteranopia', 'tritanopia']));
  }, 30_000);
});
