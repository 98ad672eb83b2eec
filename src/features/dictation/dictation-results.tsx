import { forwardRef } from 'react';
import type { DictationInput } from '../../domain/exercises/runner';
import { COMMAND_LABELS } from './commands';
import type { Attempt, CheckedAttempt } from './use-attempts';

const OP_LABELS = {
  substituted: 'heard differently',
  missing: 'missing',
  extra: 'extra',
} as const;

const INPUT_NOTES: Record<DictationInput, string> = {
  spoken: 'Dictated by voice.',
  typed:
    'Typed into “Say this” instead of speaking: this checks the commands and punctuation, not how well speech was recognised.',
  'spoken and typed': 'Partly dictated by voice and partly typed into “Say this”.',
};

/** "Dictation results": the score, an aligned view of the words, and earlier attempts. */
export const DictationResults = forwardRef<
  HTMLHeadingElement,
  {
    latest: CheckedAttempt;
    attempts: readonly Attempt[];
    personalBest: number | null;
    level: 2 | 3;
    headingId: string;
  }
>(function DictationResults({ latest, attempts, personalBest, level, headingId }, ref) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const SubHeading = level === 2 ? 'h3' : 'h4';
  const { score } = latest;
  const perfect = score.substituted + score.missing + score.extra === 0;
  return (
    <section className="dictation-results" aria-labelledby={headingId}>
      <Heading id={headingId} ref={ref} tabIndex={-1}>
        Dictation results
      </Heading>
      <p className="dictation-score">Word accuracy: {latest.accuracy}%</p>
      {latest.input && <p className="dictation-input">{INPUT_NOTES[latest.input]}</p>}
      <dl className="dictation-scores">
        <div>
          <dt>Punctuation</dt>
          <dd>{latest.punctuationAccuracy}%</dd>
        </div>
        <div>
          <dt>Words per minute</dt>
          <dd>{latest.wpm || 'not timed (under 10 seconds)'}</dd>
        </div>
        <div>
          <dt>Commands used</dt>
          <dd>
            {latest.commandsUsed.length === 0
              ? 'none'
              : latest.commandsUsed
                  .map(
                    ([id, n]) => `${COMMAND_LABELS[id as keyof typeof COMMAND_LABELS] ?? id} ×${n}`,
                  )
                  .join(', ')}
          </dd>
        </div>
      </dl>
      {latest.newBest && <p className="notice notice--success">A new personal best. Well done.</p>}
      {personalBest !== null && (
        <p>
          Personal best: {personalBest}% over {attempts.length}{' '}
          {attempts.length === 1 ? 'attempt' : 'attempts'} on this device.
        </p>
      )}
      <SubHeading className="dictation-results__sub">Word by word</SubHeading>
      {perfect ? (
        <p>Every word matches the passage.</p>
      ) : (
        <>
          <p className="hint">
            {score.substituted} heard differently, {score.missing} missing, {score.extra} extra.
            Matching words are plain; the others are marked.
          </p>
          <p className="dictation-alignment">
            {score.alignment.map((word, i) => {
              const key = `${i}-${word.op}`;
              if (word.op === 'match') return <span key={key}>{word.said} </span>;
              if (word.op === 'substituted')
                return (
                  <span key={key} className="dictation-word dictation-word--substituted">
                    <del>{word.target}</del> <ins>{word.said}</ins>
                    <span className="visually-hidden"> ({OP_LABELS.substituted})</span>{' '}
                  </span>
                );
              if (word.op === 'missing')
                return (
                  <span key={key} className="dictation-word dictation-word--missing">
                    <del>{word.target}</del>
                    <span className="visually-hidden"> ({OP_LABELS.missing})</span>{' '}
                  </span>
                );
              return (
                <span key={key} className="dictation-word dictation-word--extra">
                  <ins>{word.said}</ins>
                  <span className="visually-hidden"> ({OP_LABELS.extra})</span>{' '}
                </span>
              );
            })}
          </p>
          <p className="hint">
            Key: <del className="dictation-key">crossed out</del> is in the passage but not in your
            text; <ins className="dictation-key">underlined</ins> is in your text but not in the
            passage.
          </p>
        </>
      )}
    </section>
  );
});
