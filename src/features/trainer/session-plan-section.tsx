import { useEffect, useId, useMemo } from 'react';
import { Link } from 'wouter';
import type { Exercise } from '../../domain/exercises/schema';
import { useEngines } from '../../shared/engines-context';
import { usePersistedState } from '../../shared/use-persisted-state';
import { exerciseLink, shortLink } from './exercise-link';
import { QrCode } from './qr-code';
import { clockTime, planSession, SESSION_LENGTHS, type SessionLength } from './session-plan';

const PLAN_KEY = 'app:session-plan';

interface StoredPlan {
  length: SessionLength;
  ids: string[];
}

function parsePlan(saved: unknown): StoredPlan {
  const plan = (saved && typeof saved === 'object' ? saved : {}) as Partial<StoredPlan>;
  return {
    length: SESSION_LENGTHS.find((length) => length === plan.length) ?? 60,
    ids: Array.isArray(plan.ids) ? plan.ids.filter((id) => typeof id === 'string') : [],
  };
}

export function SessionPlanSection({
  catalogue,
  onChosenChange,
}: {
  catalogue: readonly Exercise[];
  onChosenChange(exercises: Exercise[]): void;
}) {
  const { files } = useEngines();
  const id = useId();
  const {
    value: plan,
    restored: loaded,
    update,
  } = usePersistedState({ key: PLAN_KEY, label: 'the session plan', parse: parsePlan });

  const chosen = useMemo(
    () => plan.ids.flatMap((chosenId) => catalogue.filter((e) => e.id === chosenId)),
    [plan.ids, catalogue],
  );
  useEffect(() => onChosenChange(chosen), [chosen, onChosenChange]);

  const toggle = (exerciseId: string, on: boolean) =>
    void update((current) => ({
      ...current,
      ids: on ? [...current.ids, exerciseId] : current.ids.filter((other) => other !== exerciseId),
    }));

  const schedule = planSession(chosen, plan.length);
  const pageUrl = window.location.href;

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Session plan</h2>
      <div className="no-print">
        <p>
          Choose a length and the exercises, in the order you will run them. The plan adds a
          welcome, two minutes between exercises, and a closing reflection.
        </p>
        <fieldset className="fieldset">
          <legend className="legend">Session length</legend>
          {SESSION_LENGTHS.map((length) => (
            <div className="radio" key={length}>
              <input
                type="radio"
                id={`${id}-len-${length}`}
                name={`${id}-length`}
                checked={plan.length === length}
                onChange={() => void update((current) => ({ ...current, length }))}
              />
              <label htmlFor={`${id}-len-${length}`}>{length} minutes</label>
            </div>
          ))}
        </fieldset>
        <fieldset className="fieldset plan-picker" disabled={!loaded}>
          <legend className="legend">Exercises</legend>
          {catalogue.map((exercise) => (
            <div className="radio" key={exercise.id}>
              <input
                type="checkbox"
                id={`${id}-ex-${exercise.id}`}
                checked={plan.ids.includes(exercise.id)}
                onChange={(event) => toggle(exercise.id, event.target.checked)}
              />
              <label htmlFor={`${id}-ex-${exercise.id}`}>
                {exercise.title} ({exercise.minutes} minutes)
              </label>
            </div>
          ))}
        </fieldset>
      </div>

      <div className="handout">
        <h3>
          Plan for a {plan.length}-minute session
          {chosen.length
            ? `: ${chosen.length} ${chosen.length === 1 ? 'exercise' : 'exercises'}`
            : ''}
        </h3>
        {chosen.length === 0 ? (
          <p>Choose at least one exercise to make a plan.</p>
        ) : (
          <>
            <p
              className={schedule.spareMinutes < 0 ? 'notice notice--warning plan-fit' : 'plan-fit'}
            >
              {schedule.spareMinutes < 0
                ? `This plan runs ${-schedule.spareMinutes} minutes over. Remove an exercise or choose a longer session.`
                : `This plan takes ${schedule.totalMinutes} minutes, leaving ${schedule.spareMinutes} for questions.`}
            </p>
            <table className="plan-table">
              <caption className="visually-hidden">Timings and links for each activity</caption>
              <thead>
                <tr>
                  <th scope="col">Start</th>
                  <th scope="col">Activity</th>
                  <th scope="col">Minutes</th>
                  <th scope="col">Link for participants</th>
                </tr>
              </thead>
              <tbody>
                {schedule.items.map((item) => {
                  const link = item.exerciseId ? exerciseLink(pageUrl, item.exerciseId) : null;
                  return (
                    <tr key={`${item.kind}-${item.exerciseId ?? item.start}`}>
                      <td>{clockTime(item.start)}</td>
                      <th scope="row">
                        {item.exerciseId ? (
                          <Link href={`/exercises/${item.exerciseId}`}>{item.title}</Link>
                        ) : (
                          item.title
                        )}
                      </th>
                      <td>{item.minutes}</td>
                      <td>
                        {link && (
                          <div className="plan-link">
                            <QrCode text={link} label={`QR code for ${item.title}`} />
                            <code>{shortLink(link)}</code>
                          </div>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <button type="button" className="button no-print" onClick={() => files.print()}>
              Print handout
            </button>
          </>
        )}
      </div>
    </section>
  );
}
