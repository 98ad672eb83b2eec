import {
  type ConsentFormState,
  consentFormTasks,
  initialConsentFormState,
  isConsentFormState,
} from './consent-form-model';
import { ConsentFormScene } from './consent-form-scene';
import {
  initialReadingState,
  isReadingState,
  type ReadingState,
  readingTasks,
} from './reading-model';
import { ReadingScene } from './reading-scene';
import {
  initialTimetableState,
  isTimetableState,
  type TimetableState,
  timetableTasks,
} from './timetable-model';
import { TimetableScene } from './timetable-scene';
import type { AnyPracticeScene, PracticeScene } from './types';
import {
  initialWorksheetState,
  isWorksheetState,
  type WorksheetState,
  worksheetTasks,
} from './worksheet-model';
import { WorksheetScene } from './worksheet-scene';

const timetable: PracticeScene<TimetableState> = {
  id: 'timetable',
  title: 'School timetable',
  description: 'A whole-school timetable for Years 7 to 11, Monday to Friday.',
  initialState: initialTimetableState,
  Scene: TimetableScene,
  tasks: timetableTasks,
  densest: true,
  isState: isTimetableState,
};

const worksheet: PracticeScene<WorksheetState> = {
  id: 'worksheet',
  title: 'Science worksheet',
  description: 'A Year 5 worksheet with small print and a colour-coded plant diagram.',
  initialState: initialWorksheetState,
  Scene: WorksheetScene,
  tasks: worksheetTasks,
  isState: isWorksheetState,
};

const consentForm: PracticeScene<ConsentFormState> = {
  id: 'consent-form',
  title: 'Trip consent form',
  description: 'A web page with a school trip consent form to fill in.',
  initialState: initialConsentFormState,
  Scene: ConsentFormScene,
  tasks: consentFormTasks,
  isState: isConsentFormState,
};

const reading: PracticeScene<ReadingState> = {
  id: 'reading',
  title: 'Reading passage',
  description: 'A Year 2 history passage about the Great Fire of London, with questions.',
  initialState: initialReadingState,
  Scene: ReadingScene,
  tasks: readingTasks,
  isState: isReadingState,
};

/** Every practice scene, in the order pickers show them. */
export const PRACTICE_SCENES: readonly AnyPracticeScene[] = [
  timetable,
  worksheet,
  consentForm,
  reading,
];

export const DEFAULT_SCENE_ID = 'timetable';

/** The scene the benchmarks use: the densest one (the timetable). */
export const DENSEST_SCENE_ID = 'timetable';

export function sceneById(id: string): AnyPracticeScene {
  return PRACTICE_SCENES.find((scene) => scene.id === id) ?? timetable;
}
