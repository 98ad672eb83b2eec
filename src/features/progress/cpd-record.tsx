import { INPUT_LABELS, PHASE_LABELS } from '../../domain/exercises/labels';
import type { ProgressRecord } from './progress-export';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });

/** The continuing-professional-development record: on screen as a preview, and what prints. */
export function CpdRecord({ records }: { records: ProgressRecord[] }) {
  const totalMinutes = records
    .filter((record) => record.completedAt)
    .reduce((sum, record) => sum + record.minutes, 0);
  return (
    <section aria-labelledby="cpd-heading" className="cpd-record">
      <h2 id="cpd-heading">CPD record: assistive technology practice</h2>
      <p>
        Hands-on practice completed in the AT Practice Sandbox: {totalMinutes} minutes in completed
        exercises.
      </p>
      {records.map((record) => (
        <article key={record.id} className="cpd-entry" aria-labelledby={`cpd-${record.id}`}>
          <h3 id={`cpd-${record.id}`}>{record.title}</h3>
          <dl className="cpd-facts">
            <dt>Date</dt>
            <dd>
              {dateFormat.format(new Date(record.completedAt ?? record.startedAt))}
              {record.completedAt ? '' : ' (started, not yet completed)'}
            </dd>
            <dt>Time</dt>
            <dd>{record.minutes} minutes</dd>
            <dt>Phase</dt>
            <dd>{record.phase.map((phase) => PHASE_LABELS[phase]).join(', ')}</dd>
          </dl>
          <DictationEvidence steps={record.steps} />
          <h4>Objectives</h4>
          <ul>
            {record.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
          <h4>Reflections</h4>
          {record.reflections.length === 0 ? (
            <p>No reflection written yet.</p>
          ) : (
            record.reflections.map((entry) => (
              <div key={entry.prompt} className="cpd-reflection">
                <p className="cpd-prompt">{entry.prompt}</p>
                <p className="cpd-answer">{entry.answer}</p>
              </div>
            ))
          )}
        </article>
      ))}
    </section>
  );
}

/** Dictation steps done, each with its score and whether it was spoken or typed instead. */
function DictationEvidence({ steps }: { steps: ProgressRecord['steps'] }) {
  const dictated = steps.filter((step) => step.completedAt && step.input);
  if (dictated.length === 0) return null;
  return (
    <>
      <h4>Dictation</h4>
      <ul>
        {dictated.map((step) => (
          <li key={step.text}>
            {step.text}{' '}
            <strong>
              {step.score !== undefined ? `Word accuracy ${step.score}%, ` : 'Done, '}
              {step.input ? INPUT_LABELS[step.input] : ''}.
            </strong>
          </li>
        ))}
      </ul>
    </>
  );
}
