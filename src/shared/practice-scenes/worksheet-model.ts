import type { SceneTask } from './types';

/**
 * A Year 5 science worksheet: a labelled plant diagram whose parts are
 * colour-coded with a key, the way many real worksheets are. The key uses red,
 * green, brown and orange on purpose: the colours most often confused with a
 * red–green colour-vision deficiency, so the vision simulator can show the
 * barrier. (The fix, shown in the docs and exercises: add words or patterns.)
 */
export const PLANT_PARTS = [
  {
    id: 'petal',
    label: 'Petal',
    colour: '#d62839',
    colourName: 'red',
    job: 'attracts insects to carry pollen',
  },
  {
    id: 'leaf',
    label: 'Leaf',
    colour: '#3a9a3f',
    colourName: 'green',
    job: 'makes food for the plant using sunlight',
  },
  {
    id: 'stem',
    label: 'Stem',
    colour: '#8a6233',
    colourName: 'brown',
    job: 'carries water up from the roots and holds the plant up',
  },
  {
    id: 'roots',
    label: 'Roots',
    colour: '#e8891c',
    colourName: 'orange',
    job: 'take in water from the soil and hold the plant in place',
  },
] as const;

export type PlantPartId = (typeof PLANT_PARTS)[number]['id'];

export interface WorksheetState {
  /** The selected label, or null. */
  selectedLabel: PlantPartId | null;
}

export const initialWorksheetState: WorksheetState = { selectedLabel: null };

export function isWorksheetState(value: unknown): value is WorksheetState {
  const v = value as WorksheetState | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    (v.selectedLabel === null || PLANT_PARTS.some((part) => part.id === v.selectedLabel))
  );
}

export const worksheetTasks: readonly SceneTask<WorksheetState>[] = [
  {
    id: 'roots-label',
    prompt: 'Find the label for the roots on the diagram and select it.',
    pupilPrompt: 'Find the label for the roots. Select it.',
    isDone: (state) => state.selectedLabel === 'roots',
  },
  {
    id: 'makes-food',
    prompt:
      'Use the colour key: find the part of the plant that makes food, and select its label on the diagram.',
    pupilPrompt: 'Use the colours. Which part makes food? Select its label.',
    isDone: (state) => state.selectedLabel === 'leaf',
  },
  {
    id: 'attracts-insects',
    prompt:
      'Use the colour key: find the part that attracts insects, and select its label on the diagram.',
    pupilPrompt: 'Use the colours. Which part brings insects? Select its label.',
    isDone: (state) => state.selectedLabel === 'petal',
  },
];
