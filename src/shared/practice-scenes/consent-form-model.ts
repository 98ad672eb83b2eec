import type { SceneTask } from './types';

/** A school trip consent form, as a parent or a pupil would meet it on a school website. */

export const CLASSES = ['6 Oak', '6 Ash', '6 Birch'] as const;

export interface ConsentFormState {
  childName: string;
  className: string;
  /** "yes", "no" or "" (not answered). */
  attending: '' | 'yes' | 'no';
  medical: string;
  consent: boolean;
  parentName: string;
  phone: string;
  /** The person pressed "Send consent form" at least once (errors are shown from then on). */
  attempted: boolean;
  submitted: boolean;
}

export const initialConsentFormState: ConsentFormState = {
  childName: '',
  className: '',
  attending: '',
  medical: '',
  consent: false,
  parentName: '',
  phone: '',
  attempted: false,
  submitted: false,
};

export function isConsentFormState(value: unknown): value is ConsentFormState {
  const v = value as ConsentFormState | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.childName === 'string' &&
    typeof v.className === 'string' &&
    (v.attending === '' || v.attending === 'yes' || v.attending === 'no') &&
    typeof v.medical === 'string' &&
    typeof v.consent === 'boolean' &&
    typeof v.parentName === 'string' &&
    typeof v.phone === 'string' &&
    typeof v.attempted === 'boolean' &&
    typeof v.submitted === 'boolean'
  );
}

export type ConsentField =
  | 'childName'
  | 'className'
  | 'attending'
  | 'consent'
  | 'parentName'
  | 'phone';

/** What is missing or wrong, in the order the fields appear, in plain words. */
export function consentFormErrors(
  state: ConsentFormState,
): { field: ConsentField; message: string }[] {
  const errors: { field: ConsentField; message: string }[] = [];
  if (state.childName.trim().length < 2)
    errors.push({ field: 'childName', message: "Enter your child's full name" });
  if (!state.className) errors.push({ field: 'className', message: "Choose your child's class" });
  if (!state.attending)
    errors.push({ field: 'attending', message: 'Say whether your child can go on the trip' });
  if (state.attending === 'yes' && !state.consent)
    errors.push({ field: 'consent', message: 'Tick the box to give your consent' });
  if (state.parentName.trim().length < 2)
    errors.push({ field: 'parentName', message: 'Enter your name' });
  if (!/^[0-9 +()]{10,}$/.test(state.phone.trim()))
    errors.push({
      field: 'phone',
      message: 'Enter a phone number we can call on the day, like 07700 900123',
    });
  return errors;
}

export const consentFormTasks: readonly SceneTask<ConsentFormState>[] = [
  {
    id: 'child-name',
    prompt: "Fill in the child's name on the consent form.",
    pupilPrompt: 'Write a name in the "Child\'s full name" box.',
    isDone: (state) => state.childName.trim().split(/\s+/).filter(Boolean).length >= 2,
  },
  {
    id: 'choose-class',
    prompt: "Choose the child's class from the list.",
    pupilPrompt: 'Pick a class from the list.',
    isDone: (state) => state.className !== '',
  },
  {
    id: 'send-form',
    prompt: 'Complete the rest of the form and send it.',
    pupilPrompt: 'Fill in the rest and send the form.',
    isDone: (state) => state.submitted,
  },
];
