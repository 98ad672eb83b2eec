import type { SceneTask } from './types';

/** A whole-school timetable (Years 7–11, Monday–Friday, five periods): the densest scene. */

export const YEARS = [7, 8, 9, 10, 11] as const;
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;
export const PERIODS = [
  { period: 1, time: '8:50–9:50' },
  { period: 2, time: '9:50–10:50' },
  { period: 3, time: '11:10–12:10' },
  { period: 4, time: '12:10–13:10' },
  { period: 5, time: '13:55–14:55' },
] as const;

export type Year = (typeof YEARS)[number];
export type Day = (typeof DAYS)[number];

type Subject =
  | 'English'
  | 'Maths'
  | 'Science'
  | 'History'
  | 'Geography'
  | 'French'
  | 'Spanish'
  | 'Art'
  | 'Music'
  | 'Drama'
  | 'PE'
  | 'Computing'
  | 'RE'
  | 'DT'
  | 'PSHE';

/** Each year's week: for each day, periods 1 to 5. */
const WEEK: Record<Year, Subject[][]> = {
  7: [
    ['English', 'Maths', 'Science', 'French', 'PE'],
    ['Maths', 'History', 'English', 'Art', 'Science'],
    ['Science', 'English', 'Computing', 'Maths', 'Music'],
    ['French', 'Geography', 'Maths', 'RE', 'English'],
    ['Maths', 'Science', 'Drama', 'English', 'PSHE'],
  ],
  8: [
    ['Maths', 'English', 'French', 'Science', 'History'],
    ['English', 'Science', 'Maths', 'PE', 'Geography'],
    ['History', 'Maths', 'English', 'DT', 'DT'],
    ['Maths', 'English', 'Science', 'Computing', 'Art'],
    ['Geography', 'Maths', 'French', 'Music', 'English'],
  ],
  9: [
    ['Science', 'Maths', 'English', 'Geography', 'French'],
    ['English', 'Maths', 'Science', 'Drama', 'RE'],
    ['Maths', 'Science', 'PE', 'PE', 'History'],
    ['English', 'French', 'Maths', 'Science', 'Art'],
    ['Science', 'English', 'Computing', 'Maths', 'PSHE'],
  ],
  10: [
    ['English', 'Maths', 'Geography', 'Science', 'Science'],
    ['Science', 'English', 'Maths', 'History', 'PE'],
    ['Spanish', 'Science', 'English', 'Maths', 'Computing'],
    ['Maths', 'Science', 'Geography', 'English', 'RE'],
    ['English', 'History', 'Maths', 'Science', 'Spanish'],
  ],
  11: [
    ['Maths', 'Science', 'English', 'History', 'Spanish'],
    ['English', 'Maths', 'Science', 'Geography', 'RE'],
    ['Science', 'English', 'Maths', 'Computing', 'History'],
    ['Maths', 'Geography', 'Science', 'English', 'Spanish'],
    ['Science', 'Maths', 'English', 'PSHE', 'PE'],
  ],
};

/** Room and teacher for each subject, Year 7 to Year 11 in order. */
const STAFFING: Record<Subject, { rooms: string[]; teachers: string[] }> = {
  English: {
    rooms: ['E1', 'E2', 'E3', 'E4', 'E5'],
    teachers: ['Ms Okafor', 'Mr Byrne', 'Mrs Shah', 'Ms Walsh', 'Mr Evans'],
  },
  Maths: {
    rooms: ['M1', 'M2', 'M3', 'M4', 'M5'],
    teachers: ['Mr Patel', 'Miss Doyle', 'Mr Nowak', 'Mrs Clarke', 'Dr Mensah'],
  },
  Science: {
    rooms: ['S1', 'S2', 'S3', 'S4', 'S5'],
    teachers: ['Dr Adeyemi', 'Mr Hughes', 'Ms Kaur', 'Mrs Novak', 'Mr Osei'],
  },
  History: {
    rooms: ['H1', 'H1', 'H1', 'H5', 'H5'],
    teachers: ['Mr Reid', 'Mr Reid', 'Ms Ahmed', 'Ms Ahmed', 'Mr Reid'],
  },
  Geography: {
    rooms: ['H3', 'H4', 'H3', 'H2', 'H4'],
    teachers: ['Mrs Lewis', 'Mr Fraser', 'Mrs Lewis', 'Miss Begum', 'Mr Fraser'],
  },
  French: {
    rooms: ['L1', 'L1', 'L1', 'L1', 'L1'],
    teachers: ['Mme Laurent', 'Mme Laurent', 'Mr Hart', 'Mr Hart', 'Mme Laurent'],
  },
  Spanish: {
    rooms: ['L2', 'L2', 'L2', 'L2', 'L2'],
    teachers: ['Sr Ruiz', 'Sr Ruiz', 'Sr Ruiz', 'Ms Moreno', 'Ms Moreno'],
  },
  Art: {
    rooms: ['A1', 'A1', 'A2', 'A2', 'A2'],
    teachers: ['Ms Green', 'Ms Green', 'Mr Kowalski', 'Mr Kowalski', 'Mr Kowalski'],
  },
  Music: {
    rooms: ['MU1', 'MU1', 'MU1', 'MU1', 'MU1'],
    teachers: ['Mr Davies', 'Mr Davies', 'Mr Davies', 'Mr Davies', 'Mr Davies'],
  },
  Drama: {
    rooms: ['Drama studio', 'Drama studio', 'Drama studio', 'Drama studio', 'Drama studio'],
    teachers: ['Miss Quinn', 'Miss Quinn', 'Miss Quinn', 'Miss Quinn', 'Miss Quinn'],
  },
  PE: {
    rooms: ['Sports hall', 'Gym', 'Sports hall', 'Gym', 'Sports hall'],
    teachers: ['Mr Brown', 'Ms Ali', 'Mr Brown', 'Ms Ali', 'Mr Brown'],
  },
  Computing: {
    rooms: ['IT1', 'IT1', 'IT2', 'IT2', 'IT2'],
    teachers: ['Mr Singh', 'Mr Singh', 'Mrs Wood', 'Mrs Wood', 'Mrs Wood'],
  },
  RE: {
    rooms: ['H6', 'H6', 'H6', 'H6', 'H6'],
    teachers: ['Mrs Grant', 'Mrs Grant', 'Mrs Grant', 'Mrs Grant', 'Mrs Grant'],
  },
  DT: {
    rooms: ['D1', 'D1', 'D2', 'D2', 'D2'],
    teachers: ['Mr Taylor', 'Mr Taylor', 'Mr Taylor', 'Mr Taylor', 'Mr Taylor'],
  },
  PSHE: {
    rooms: ['Tutor room', 'Tutor room', 'Tutor room', 'Tutor room', 'Tutor room'],
    teachers: ['Form tutor', 'Form tutor', 'Form tutor', 'Form tutor', 'Form tutor'],
  },
};

export interface Lesson {
  /** Stable key such as "y8-thu-3". */
  key: string;
  year: Year;
  day: Day;
  period: number;
  subject: Subject;
  room: string;
  teacher: string;
}

export function lessonKey(year: Year, day: Day, period: number): string {
  return `y${year}-${day.slice(0, 3).toLowerCase()}-${period}`;
}

export function lessonAt(year: Year, day: Day, period: number): Lesson {
  const dayIndex = DAYS.indexOf(day);
  const subject = WEEK[year][dayIndex]?.[period - 1];
  if (!subject) throw new Error(`No lesson for Year ${year}, ${day} period ${period}.`);
  const yearIndex = YEARS.indexOf(year);
  const staffing = STAFFING[subject];
  return {
    key: lessonKey(year, day, period),
    year,
    day,
    period,
    subject,
    room: staffing.rooms[yearIndex] ?? '',
    teacher: staffing.teachers[yearIndex] ?? '',
  };
}

export function findLesson(key: string): Lesson | undefined {
  for (const year of YEARS)
    for (const day of DAYS)
      for (const { period } of PERIODS) {
        if (lessonKey(year, day, period) === key) return lessonAt(year, day, period);
      }
  return undefined;
}

export interface TimetableState {
  /** The selected lesson's key, or null. */
  selected: string | null;
  /** What the person typed as the answer to the room question. */
  roomAnswer: string;
}

export const initialTimetableState: TimetableState = { selected: null, roomAnswer: '' };

export function isTimetableState(value: unknown): value is TimetableState {
  const v = value as TimetableState | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    (v.selected === null || typeof v.selected === 'string') &&
    typeof v.roomAnswer === 'string'
  );
}

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/^room\s+/, '');

export const timetableTasks: readonly SceneTask<TimetableState>[] = [
  {
    id: 'y8-thursday-science',
    prompt: "Find Year 8's Thursday science lesson and select it.",
    pupilPrompt: "Find Year 8's science lesson on Thursday. Select it.",
    isDone: (state) => {
      const lesson = state.selected ? findLesson(state.selected) : undefined;
      return lesson?.year === 8 && lesson.day === 'Thursday' && lesson.subject === 'Science';
    },
  },
  {
    id: 'y10-monday-p3-room',
    prompt:
      'Which room is Year 10 in on Monday, period 3? Type it in the box "Room for Year 10, Monday period 3".',
    pupilPrompt: 'Where is Year 10 on Monday, period 3? Type the room.',
    isDone: (state) => normalise(state.roomAnswer) === lessonAt(10, 'Monday', 3).room.toLowerCase(),
  },
  {
    id: 'y11-friday-last',
    prompt: "Find Year 11's last lesson on Friday and select it.",
    pupilPrompt: "Find Year 11's last lesson on Friday. Select it.",
    isDone: (state) => state.selected === lessonKey(11, 'Friday', 5),
  },
];
