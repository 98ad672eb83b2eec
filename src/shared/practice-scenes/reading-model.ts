import type { SceneTask } from './types';

/** A Year 2 history reading passage (the Great Fire of London), with questions and a glossary. */

export const GLOSSARY = [
  {
    id: 'diary',
    term: 'diary',
    meaning: 'a book where someone writes what happens to them each day',
  },
  { id: 'bakery', term: 'bakery', meaning: 'a shop or kitchen where bread is baked' },
  { id: 'cathedral', term: 'cathedral', meaning: 'a very large and important church' },
] as const;

export const QUESTIONS = [
  {
    id: 'year',
    question: 'In which year did the Great Fire of London start?',
    options: ['1566', '1666', '1766'],
    answer: '1666',
  },
  {
    id: 'street',
    question: 'In which street was the bakery where the fire began?',
    options: ['Pudding Lane', 'Bread Street', 'Fish Street Hill'],
    answer: 'Pudding Lane',
  },
] as const;

export interface ReadingState {
  /** Question id → the chosen option. */
  answers: Record<string, string>;
  /** Glossary entries that are open. */
  openTerms: string[];
}

export const initialReadingState: ReadingState = { answers: {}, openTerms: [] };

export function isReadingState(value: unknown): value is ReadingState {
  const v = value as ReadingState | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.answers === 'object' &&
    v.answers !== null &&
    Array.isArray(v.openTerms) &&
    v.openTerms.every((term) => typeof term === 'string')
  );
}

const answered = (state: ReadingState, questionId: string) =>
  state.answers[questionId] === QUESTIONS.find((q) => q.id === questionId)?.answer;

export const readingTasks: readonly SceneTask<ReadingState>[] = [
  {
    id: 'fire-year',
    prompt: 'Find the year the fire started in the passage, and choose it in question 1.',
    pupilPrompt: 'When did the fire start? Choose the year.',
    isDone: (state) => answered(state, 'year'),
  },
  {
    id: 'fire-street',
    prompt: 'Find the street where the fire began, and choose it in question 2.',
    pupilPrompt: 'Where did the fire start? Choose the street.',
    isDone: (state) => answered(state, 'street'),
  },
  {
    id: 'glossary-diary',
    prompt: 'Open the glossary entry for "diary".',
    pupilPrompt: 'Find out what "diary" means.',
    isDone: (state) => state.openTerms.includes('diary'),
  },
];
