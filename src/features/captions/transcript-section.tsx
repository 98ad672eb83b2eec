import { useId, useRef, useState } from 'react';
import { passageKey } from '../../domain/checks/dictation-checks';
import { type DictationScore, scoreDictation } from '../../domain/scoring/word-scoring';
import { ConfirmAction } from '../../shared/confirm-action';
import { useEngines } from '../../shared/engines-context';
import { useAppStore } from '../../store/store-context';
import { transcriptFileName, transcriptText, transcriptWords } from './transcript';
import type { Captions } from './use-captions';

/** The transcript kept on this device: how much, save it, clear it, and check it against a script. */
export function TranscriptSection({
  captions,
  script: givenScript,
  level,
}: {
  captions: Captions;
  script?: string | undefined;
  level: 2 | 3;
}) {
  const id = useId();
  const { files, now } = useEngines();
  const emit = useAppStore((state) => state.emit);
  const [typedScript, setTypedScript] = useState('');
  const [score, setScore] = useState<DictationScore | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const Heading = level === 2 ? 'h2' : 'h3';
  const SubHeading = level === 2 ? 'h3' : 'h4';
  const { lines } = captions;
  const words = lines.reduce((total, line) => total + line.text.split(' ').length, 0);
  const script = givenScript ?? typedScript;

  const check = () => {
    if (!script.trim()) {
      setProblem('Type or paste the script first, then read it aloud with captions on.');
      setScore(null);
      return;
    }
    if (!lines.length) {
      setProblem('Nothing has been captioned yet. Read the script aloud with captions on first.');
      setScore(null);
      return;
    }
    const result = scoreDictation(script, transcriptWords(lines));
    setProblem(null);
    setScore(result);
    const missed = result.alignment.flatMap((step) =>
      step.op === 'missing' || step.op === 'substituted' ? [step.target] : [],
    );
    emit({
      type: 'captions/accuracy-checked',
      script: passageKey(script),
      accuracy: result.accuracy,
      missed: missed.slice(0, 50),
    });
    requestAnimationFrame(() => resultHeading.current?.focus());
  };

  return (
    <section className="captions-transcript" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>Transcript</Heading>
      <p className="hint">
        {lines.length
          ? `${lines.length} ${lines.length === 1 ? 'line' : 'lines'}, ${words} ${words === 1 ? 'word' : 'words'}, kept on this device only.`
          : 'Every caption line is kept here, on this device only.'}
      </p>
      {lines.length > 0 && (
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => {
              files.download(
                transcriptFileName(lines, now()),
                'text/plain;charset=utf-8',
                transcriptText(lines),
              );
              emit({ type: 'captions/transcript-saved', lines: lines.length });
            }}
          >
            Save transcript
          </button>
          <ConfirmAction
            label="Clear transcript"
            question="Delete the whole transcript from this device?"
            confirmLabel="Yes, clear it"
            onConfirm={() => {
              captions.clear();
              setScore(null);
            }}
          />
        </div>
      )}

      <SubHeading>Caption accuracy</SubHeading>
      <p className="hint">
        Read a script aloud with captions on, then check how many of its words the captions got
        right. Clear the transcript first, so that only the reading is checked.
      </p>
      {givenScript ? (
        <div className="captions-script">
          <p className="legend">Script to read</p>
          <p className="captions-script__text">{givenScript}</p>
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-script`}>Script to read</label>
          <textarea
            id={`${id}-script`}
            rows={4}
            value={typedScript}
            onChange={(event) => setTypedScript(event.target.value)}
          />
        </div>
      )}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={check}>
          Check caption accuracy
        </button>
      </div>
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      {score && (
        <section className="captions-score" aria-labelledby={`${id}-score`}>
          <SubHeading id={`${id}-score`} ref={resultHeading} tabIndex={-1}>
            Caption accuracy result
          </SubHeading>
          <p>
            Word accuracy: {score.accuracy}% ({score.targetWords} words in the script;{' '}
            {score.missing} missed, {score.substituted} heard wrongly, {score.extra} extra).
          </p>
          <MissedWords score={score} />
        </section>
      )}
    </section>
  );
}

function MissedWords({ score }: { score: DictationScore }) {
  // Each step keeps its place in the alignment, a stable key for the list.
  const wrong = score.alignment.flatMap((step, index) =>
    step.op === 'missing' || step.op === 'substituted' ? [{ ...step, index }] : [],
  );
  if (!wrong.length) return <p>Every word of the script was captioned.</p>;
  return (
    <>
      <p>Words the captions missed or got wrong (names and topic words are the usual ones):</p>
      <ul className="captions-missed">
        {wrong.slice(0, 30).map((step) => (
          <li key={step.index}>
            {'said' in step
              ? `“${step.target}” captioned as “${step.said}”`
              : `“${step.target}” missing`}
          </li>
        ))}
      </ul>
    </>
  );
}
