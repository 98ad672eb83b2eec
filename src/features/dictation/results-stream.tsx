import { memo, useState } from 'react';
import { useAppStore } from '../../store/store-context';
import type { LogLine } from './use-dictation';

const KIND_LABELS: Record<LogLine['kind'], string> = {
  interim: 'Interim guess',
  final: 'Final',
  'replay-ignored': 'Repeat ignored',
  'kept-interim': 'Kept (never finalised)',
  restart: 'Listening (re)started',
  error: 'Error',
  end: 'Session ended',
};

/**
 * For trainers: the stream of results as the recogniser sends them, so an
 * audience can see why text changes while someone speaks. Rendered only
 * while open, newest first.
 */
export const ResultsStream = memo(function ResultsStream({
  log,
  version,
}: {
  log: readonly LogLine[];
  version: number;
}) {
  const emit = useAppStore((state) => state.emit);
  const [open, setOpen] = useState(false);
  const lines = open ? log.slice(-40).reverse() : [];
  return (
    <details
      className="dictation-details"
      onToggle={(event) => {
        const isOpen = (event.currentTarget as HTMLDetailsElement).open;
        setOpen(isOpen);
        if (isOpen) emit({ type: 'dictation/stream-shown' });
      }}
    >
      <summary>Interim and final results (for trainers)</summary>
      <p>
        While someone speaks, the recogniser sends quick <strong>interim</strong> guesses that it
        keeps revising, then a <strong>final</strong> result with its confidence (0 to 1) and other
        possible hearings. Only finals go into the text. Newest first; the last 40 are shown.
      </p>
      {open && lines.length === 0 && <p>Nothing yet: start dictating to see results arrive.</p>}
      {open && lines.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways at narrow widths must be reachable by keyboard (WCAG 2.1.1).
        <section className="dictation-table-wrap" aria-label="Results table" tabIndex={0}>
          <table className="dictation-stream" data-version={version}>
            <caption className="visually-hidden">Recognition results, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Time (s)</th>
                <th scope="col">Kind</th>
                <th scope="col">Text</th>
                <th scope="col">Confidence</th>
                <th scope="col">Other hearings</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.id} className={`dictation-stream__${line.kind}`}>
                  <td>{line.time.toFixed(1)}</td>
                  <td>{KIND_LABELS[line.kind]}</td>
                  <td>{line.text}</td>
                  <td>{line.confidence === undefined ? '' : line.confidence.toFixed(2)}</td>
                  <td>
                    {(line.alternatives ?? [])
                      .map((alt) => `${alt.transcript} (${alt.confidence.toFixed(2)})`)
                      .join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </details>
  );
});
