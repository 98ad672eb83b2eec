import type { Exercise } from '../../domain/exercises/schema';

export const SESSION_LENGTHS = [30, 60, 90] as const;
export type SessionLength = (typeof SESSION_LENGTHS)[number];

/** Minutes for the welcome at the start and the shared reflection at the end. */
export const OPENING_MINUTES = 5;
export const CLOSING_MINUTES = 5;
/** Minutes between exercises: hand over, open the next link, settle. */
export const CHANGEOVER_MINUTES = 2;

export interface PlanItem {
  kind: 'opening' | 'exercise' | 'closing';
  title: string;
  exerciseId?: string;
  start: number;
  minutes: number;
}

export interface SessionPlan {
  items: PlanItem[];
  totalMinutes: number;
  /** Minutes left over (positive) or over the session length (negative). */
  spareMinutes: number;
}

/** Lays the chosen exercises out in order, with an opening, changeovers and a closing reflection. */
export function planSession(
  exercises: readonly Pick<Exercise, 'id' | 'title' | 'minutes'>[],
  length: SessionLength,
): SessionPlan {
  const items: PlanItem[] = [];
  let clock = 0;
  const add = (item: Omit<PlanItem, 'start'>) => {
    items.push({ ...item, start: clock });
    clock += item.minutes;
  };
  add({
    kind: 'opening',
    title: 'Welcome, aims, and how the sandbox works',
    minutes: OPENING_MINUTES,
  });
  exercises.forEach((exercise, index) => {
    add({
      kind: 'exercise',
      title: exercise.title,
      exerciseId: exercise.id,
      minutes: exercise.minutes + (index < exercises.length - 1 ? CHANGEOVER_MINUTES : 0),
    });
  });
  add({
    kind: 'closing',
    title: 'Shared reflection: what will you try next week?',
    minutes: CLOSING_MINUTES,
  });
  return { items, totalMinutes: clock, spareMinutes: length - clock };
}

/** "0:05" style clock time from the start of the session. */
export function clockTime(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
