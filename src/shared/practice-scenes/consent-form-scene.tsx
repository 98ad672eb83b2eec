import type { FormEvent } from 'react';
import './practice-scenes.css';
import {
  CLASSES,
  type ConsentField,
  type ConsentFormState,
  consentFormErrors,
  consentFormTasks,
} from './consent-form-model';
import {
  applySceneChange,
  controlProps,
  ignoreChange,
  sceneRootProps,
  useSceneIds,
} from './scene-change';
import type { SceneProps } from './types';

const SCENE_ID = 'consent-form';

/** A trip consent form on a school's web page (GOV.UK-style error summary and messages). */
export function ConsentFormScene(props: SceneProps<ConsentFormState>) {
  const { state, copy } = props;
  const id = useSceneIds(SCENE_ID, copy);
  const errors = state.attempted && !state.submitted ? consentFormErrors(state) : [];
  const errorFor = (field: ConsentField) => errors.find((error) => error.field === field)?.message;
  const set = (patch: Partial<ConsentFormState>) =>
    applySceneChange(props, consentFormTasks, { ...state, ...patch, submitted: false });
  const on = <E,>(handler: (event: E) => void) => (copy ? ignoreChange : handler);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (copy) return;
    const valid = consentFormErrors(state).length === 0;
    applySceneChange(props, consentFormTasks, { ...state, attempted: true, submitted: valid });
    if (!valid) {
      // Move to the error summary so the person hears what to fix (as GOV.UK forms do).
      requestAnimationFrame(() => document.getElementById(id('errors'))?.focus());
    }
  };

  const describedBy = (field: ConsentField, hint?: string) =>
    [hint, errorFor(field) ? id(`${field}-error`) : undefined].filter(Boolean).join(' ') ||
    undefined;
  const errorText = (field: ConsentField) =>
    errorFor(field) ? (
      <p className="consent__error" id={id(`${field}-error`)}>
        <span className="visually-hidden">Error: </span>
        {errorFor(field)}
      </p>
    ) : null;

  return (
    <div className="scene scene--consent" {...sceneRootProps(SCENE_ID, copy)}>
      <p className="consent__site">Meadow Lane Primary School · Letters home</p>
      <h3 className="scene__title">Year 6 trip to the Natural History Museum: consent form</h3>
      <p>
        The trip is on Wednesday 4 March. The coach leaves school at 8:30 and returns at about
        16:00. Please return this form by Friday 20 February.
      </p>
      {state.submitted ? (
        <div className="consent__sent">
          <h4>Consent form sent</h4>
          <p>
            Thank you, {state.parentName.trim()}. We have your form for {state.childName.trim()} (
            {state.className}).
          </p>
        </div>
      ) : null}
      {errors.length > 0 && (
        <div className="consent__summary" id={id('errors')} tabIndex={-1}>
          <h4>There is a problem</h4>
          <ul>
            {errors.map((error) => (
              <li key={error.field}>
                <a
                  href={`#${id(error.field)}`}
                  {...(copy ? { tabIndex: -1 } : {})}
                  onClick={(event) => {
                    event.preventDefault();
                    if (!copy) document.getElementById(id(error.field))?.focus();
                  }}
                >
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="consent__form" noValidate onSubmit={submit} aria-label="Trip consent form">
        <div className="scene__field">
          <label htmlFor={id('childName')}>Child's full name</label>
          {errorText('childName')}
          <input
            id={id('childName')}
            type="text"
            autoComplete="off"
            value={state.childName}
            aria-invalid={errorFor('childName') ? true : undefined}
            aria-describedby={describedBy('childName')}
            {...controlProps(copy, 'childName')}
            onChange={on((event) => set({ childName: event.target.value }))}
          />
        </div>
        <div className="scene__field">
          <label htmlFor={id('className')}>Class</label>
          {errorText('className')}
          <select
            id={id('className')}
            value={state.className}
            aria-invalid={errorFor('className') ? true : undefined}
            aria-describedby={describedBy('className')}
            {...controlProps(copy, 'className')}
            onChange={on((event) => set({ className: event.target.value }))}
          >
            <option value="">Choose a class</option>
            {CLASSES.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <fieldset
          className="scene__fieldset"
          aria-describedby={describedBy('attending')}
          id={id('attending')}
          tabIndex={-1}
        >
          <legend>Can your child go on the trip?</legend>
          {errorText('attending')}
          {(['yes', 'no'] as const).map((value) => (
            <div className="scene__choice" key={value}>
              <input
                type="radio"
                id={id(`attending-${value}`)}
                name={id('attending-radios')}
                value={value}
                checked={state.attending === value}
                {...controlProps(copy, `attending-${value}`)}
                onChange={on(() => set({ attending: value }))}
              />
              <label htmlFor={id(`attending-${value}`)}>
                {value === 'yes' ? 'Yes, my child can go' : 'No, my child cannot go'}
              </label>
            </div>
          ))}
        </fieldset>
        <div className="scene__field">
          <label htmlFor={id('medical')}>Medical needs or allergies (optional)</label>
          <p className="scene__small" id={id('medical-hint')}>
            For example, an inhaler or a food allergy. Leave blank if there are none.
          </p>
          <textarea
            id={id('medical')}
            rows={2}
            value={state.medical}
            aria-describedby={id('medical-hint')}
            {...controlProps(copy, 'medical')}
            onChange={on((event) => set({ medical: event.target.value }))}
          />
        </div>
        <div className="scene__choice">
          <input
            type="checkbox"
            id={id('consent')}
            checked={state.consent}
            aria-invalid={errorFor('consent') ? true : undefined}
            aria-describedby={describedBy('consent')}
            {...controlProps(copy, 'consent')}
            onChange={on((event) => set({ consent: event.target.checked }))}
          />
          <label htmlFor={id('consent')}>
            I give consent for my child to go on the trip and for staff to give first aid.
          </label>
        </div>
        {errorText('consent')}
        <div className="scene__field">
          <label htmlFor={id('parentName')}>Your name (parent or carer)</label>
          {errorText('parentName')}
          <input
            id={id('parentName')}
            type="text"
            autoComplete="off"
            value={state.parentName}
            aria-invalid={errorFor('parentName') ? true : undefined}
            aria-describedby={describedBy('parentName')}
            {...controlProps(copy, 'parentName')}
            onChange={on((event) => set({ parentName: event.target.value }))}
          />
        </div>
        <div className="scene__field">
          <label htmlFor={id('phone')}>Phone number on the day of the trip</label>
          {errorText('phone')}
          <input
            id={id('phone')}
            type="tel"
            autoComplete="off"
            inputMode="tel"
            value={state.phone}
            aria-invalid={errorFor('phone') ? true : undefined}
            aria-describedby={describedBy('phone')}
            {...controlProps(copy, 'phone')}
            onChange={on((event) => set({ phone: event.target.value }))}
          />
        </div>
        <button type="submit" className="button" {...controlProps(copy, 'submit')}>
          Send consent form
        </button>
      </form>
    </div>
  );
}
