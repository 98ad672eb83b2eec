import { useEffect } from 'react';
import { Link } from 'wouter';
import {
  AREA_LABELS,
  AUDIENCE_LABELS,
  PHASE_LABELS,
  TOOL_LABELS,
} from '../../domain/exercises/labels';
import { stepsDone } from '../../domain/exercises/runner';
import { PageHeading } from '../../shared/page-heading';
import { Prose } from '../../shared/prose';
import { useToolPanel } from '../../shared/tool-slot';
import { useAppStore } from '../../store/store-context';
import { ExerciseGlossary } from './exercise-glossary';
import { ReflectionForm } from './reflection-form';
import { StepList } from './step-list';
import { useExerciseContent } from './use-exercise-content';
import { useModeExercise } from './use-mode-catalogue';

export default function ExercisePage({ id }: { id: string }) {
  const exercise = useModeExercise(id);
  const pupilMode = useAppStore((state) => state.pupilMode);
  const presenter = useAppStore((state) => state.presenter);
  const staffOnly = useAppStore((state) => state.catalogue.some((e) => e.id === id));
  const run = useAppStore((state) => state.runs[id]);
  const openExercise = useAppStore((state) => state.openExercise);
  const restartExercise = useAppStore((state) => state.restartExercise);
  const prose = useExerciseContent(id);
  const ToolPanel = useToolPanel(exercise?.tool ?? 'general');

  useEffect(() => {
    openExercise(id);
  }, [id, openExercise]);

  if (!exercise && pupilMode && staffOnly) {
    return (
      <>
        <PageHeading>This exercise is for staff</PageHeading>
        <p>
          Pupil mode shows only exercises written for pupils. To open this one, turn off pupil mode
          in <Link href="/settings">Settings</Link>.
        </p>
        <p>
          <Link href="/exercises">See the exercises for pupils</Link>
        </p>
      </>
    );
  }

  if (!exercise) {
    return (
      <>
        <PageHeading>Exercise not found</PageHeading>
        <p>
          {/* Only something shaped like an id is echoed: an address can say anything. */}
          {/^[a-z0-9-]{1,60}$/.test(id)
            ? `There is no exercise called “${id}” here.`
            : 'There is no exercise at this address.'}{' '}
          It may have been renamed, or it may come from a pack that has not been imported on this
          device.
        </p>
        <p>
          <Link href="/exercises">See all exercises</Link>
        </p>
      </>
    );
  }

  const done = stepsDone(run, exercise);
  const complete = run?.completedAt !== undefined;

  return (
    <article className="exercise">
      <PageHeading>{exercise.title}</PageHeading>
      <p className="exercise__meta">
        {TOOL_LABELS[exercise.tool]} · {exercise.minutes} minutes · for{' '}
        {exercise.audience.map((a) => AUDIENCE_LABELS[a].toLowerCase()).join(', ')} ·{' '}
        {exercise.phase.map((p) => PHASE_LABELS[p]).join(', ')} ·{' '}
        {exercise.areas.map((a) => AREA_LABELS[a]).join('; ')}
      </p>
      {prose && <Prose html={prose.scenarioHtml} className="exercise__scenario" />}
      {!pupilMode && <ExerciseGlossary exercise={exercise} prose={prose} />}

      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">By the end you will be able to</h2>
        <ul>
          {exercise.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>

      {prose && <Prose html={prose.bodyHtml} />}

      <section aria-labelledby="steps-heading" className="exercise__steps">
        <h2 id="steps-heading">Steps</h2>
        <p className="steps-progress">
          {complete
            ? 'All steps done: exercise complete.'
            : `${done} of ${exercise.steps.length} steps done.${pupilMode ? '' : ' Steps can be done in any order.'}`}
        </p>
        {presenter && (
          <p className="hint">
            Presenter: <kbd>Page Down</kbd> and <kbd>Page Up</kbd> (or a presentation clicker) step
            through the steps.
          </p>
        )}
        <StepList exercise={exercise} run={run} presenter={presenter} />
        {run && done > 0 && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => restartExercise(exercise.id)}
          >
            Start this exercise again
          </button>
        )}
      </section>

      {ToolPanel && <ToolPanel exercise={exercise} />}

      {!pupilMode && <ReflectionForm exercise={exercise} />}

      {!pupilMode && prose?.withPupilsHtml && (
        <section aria-labelledby="pupils-heading">
          <h2 id="pupils-heading">With a pupil</h2>
          <Prose html={prose.withPupilsHtml} />
        </section>
      )}
      {prose && !pupilMode && (
        <>
          <section aria-labelledby="limits-heading">
            <h2 id="limits-heading">What the tool cannot do</h2>
            <Prose html={prose.limitsHtml} />
          </section>
          <section aria-labelledby="parents-heading">
            <h2 id="parents-heading">Explaining it to parents</h2>
            <Prose html={prose.parentsHtml} />
          </section>
        </>
      )}
      {complete && (
        <p className="notice notice--success">
          {pupilMode ? (
            'Well done: you did every step! '
          ) : (
            <>
              Exercise complete. Your reflections are saved in{' '}
              <Link href="/progress">Progress</Link>, where you can print a CPD record.{' '}
            </>
          )}
          <Link href="/exercises">Choose another exercise</Link>.
        </p>
      )}
    </article>
  );
}
