import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useAnnounce } from '../../shared/announcer';
import { ConfirmAction } from '../../shared/confirm-action';
import { useEngines } from '../../shared/engines-context';
import { PageHeading } from '../../shared/page-heading';
import { useAppStore } from '../../store/store-context';
import { CpdRecord } from './cpd-record';
import { buildProgressExport, buildProgressRecords } from './progress-export';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

export default function ProgressPage() {
  const catalogue = useAppStore((state) => state.catalogue);
  const runs = useAppStore((state) => state.runs);
  const reflections = useAppStore((state) => state.reflections);
  const reflectionHistory = useAppStore((state) => state.reflectionHistory);
  const theme = useAppStore((state) => state.theme);
  const textSize = useAppStore((state) => state.textSize);
  const clearMyData = useAppStore((state) => state.clearMyData);
  const presenter = useAppStore((state) => state.presenter);
  const { files, now } = useEngines();
  const announce = useAnnounce();
  const [cleared, setCleared] = useState(false);

  const records = useMemo(
    () => buildProgressRecords(catalogue, runs, reflections, reflectionHistory),
    [catalogue, runs, reflections, reflectionHistory],
  );
  const completed = records.filter((record) => record.completedAt !== null);

  const exportJson = () => {
    const data = buildProgressExport(records, { theme, textSize }, now());
    const day = new Date(now()).toISOString().slice(0, 10);
    files.download(
      `at-practice-progress-${day}.json`,
      'application/json',
      `${JSON.stringify(data, null, 2)}\n`,
    );
    announce('Progress exported as a JSON file.');
  };

  const confirmClear = async () => {
    await clearMyData();
    setCleared(true);
    announce('Your data has been deleted from this device.');
  };

  if (presenter) {
    return (
      <>
        <PageHeading>Your progress</PageHeading>
        <p>
          Progress is hidden in presenter mode, so the room does not see it. Turn presenter mode off
          in <Link href="/settings">Settings</Link> to see it.
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeading>Your progress</PageHeading>
      <div className="no-print">
        {records.length === 0 ? (
          <p>
            {cleared ? 'Your data has been deleted from this device. ' : ''}
            You have not started an exercise yet. <Link href="/exercises">Choose one</Link>; your
            progress will appear here.
          </p>
        ) : (
          <>
            <p className="lead">
              {completed.length} of {records.length} started{' '}
              {records.length === 1 ? 'exercise' : 'exercises'} completed.
            </p>
            <ul className="card-list">
              {records.map((record) => {
                const done = record.steps.filter((step) => step.completedAt).length;
                return (
                  <li key={record.id} className="card">
                    <h2 className="card__title">
                      <Link href={`/exercises/${record.id}`}>{record.title}</Link>
                    </h2>
                    <p className="card__meta">
                      Started {dateFormat.format(new Date(record.startedAt))} ·{' '}
                      {record.completedAt
                        ? `completed ${dateFormat.format(new Date(record.completedAt))}`
                        : `${done} of ${record.steps.length} steps done`}
                    </p>
                  </li>
                );
              })}
            </ul>
            <div className="button-row">
              <button type="button" className="button" onClick={exportJson}>
                Export as JSON
              </button>
              <button type="button" className="button" onClick={() => files.print()}>
                Print CPD record
              </button>
            </div>
          </>
        )}

        <section aria-labelledby="clear-heading" className="danger-zone">
          <h2 id="clear-heading">Delete your data</h2>
          <p>
            Your settings, progress and reflections are stored only in this browser, on this device.
            Deleting them cannot be undone.
          </p>
          <ConfirmAction
            label="Clear my data"
            question="Delete everything this app has stored on this device?"
            confirmLabel="Yes, delete my data"
            danger
            onConfirm={confirmClear}
          />
        </section>
      </div>
      {records.length > 0 && <CpdRecord records={records} />}
    </>
  );
}
