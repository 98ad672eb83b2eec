import { Fragment, useMemo } from 'react';
import { glossaryFor } from '../../domain/exercises/glossary';
import type { Exercise, ExerciseContent } from '../../domain/exercises/schema';

const tagless = (html: string) => html.replace(/<[^>]*>/g, ' ');

/**
 * The technical terms this exercise uses, each with one plain definition, in
 * a native disclosure beside the scenario: it opens with Enter or Space and a
 * screen reader announces it as a collapsed or expanded group.
 */
export function ExerciseGlossary({
  exercise,
  prose,
}: {
  exercise: Exercise;
  prose: ExerciseContent | undefined;
}) {
  const entries = useMemo(
    () =>
      glossaryFor([
        exercise.title,
        prose ? tagless(prose.scenarioHtml) : '',
        ...exercise.objectives,
        ...exercise.steps.map((step) => step.text),
        ...(prose
          ? [prose.bodyHtml, prose.withPupilsHtml, prose.limitsHtml, prose.parentsHtml].map(tagless)
          : []),
      ]),
    [exercise, prose],
  );
  if (entries.length === 0) return null;
  return (
    <details className="exercise-glossary">
      <summary>
        Words explained ({entries.length}): {entries.map((entry) => entry.term).join(', ')}
      </summary>
      <dl>
        {entries.map((entry) => (
          <Fragment key={entry.id}>
            <dt id={`glossary-${entry.id}`}>{entry.term}</dt>
            <dd>{entry.definition}</dd>
          </Fragment>
        ))}
      </dl>
    </details>
  );
}
