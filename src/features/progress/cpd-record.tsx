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
          </dl>
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
