import { type FormEvent, useId, useState } from 'react';
import type { Exercise } from '../../domain/exercises/schema';
import { useAnnounce } from '../../shared/announcer';
import { useAppStore } from '../../store/store-context';

/** Reflection prompts: drafts are kept as the person types; "Save reflection" records them. */
export function ReflectionForm({ exercise }: { exercise: Exercise }) {
  const saved = useAppStore((state) => state.reflections[exercise.id]);
  const earlier = useAppStore((state) => state.reflectionHistory[exercise.id]);
  const updateReflection = useAppStore((state) => state.updateReflection);
  const saveReflections = useAppStore((state) => state.saveReflections);
  const announce = useAnnounce();
  const [status, setStatus] = useState('');
  const baseId = useId();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    saveReflections(exercise.id);
    setStatus('Reflection saved.');
    announce('Reflection saved.');
  };

  return (
    <section aria-labelledby={`${baseId}-heading`} className="reflection">
      <h2 id={`${baseId}-heading`}>Reflection</h2>
      <p>Your answers stay on this device and appear in your CPD record.</p>
      <form onSubmit={onSubmit}>
        {exercise.reflection.map((prompt, index) => (
          <div className="field" key={prompt}>
            <label htmlFor={`${baseId}-${index}`}>{prompt}</label>
            <textarea
              id={`${baseId}-${index}`}
              rows={4}
              value={saved?.[index] ?? ''}
              onChange={(event) => {
                setStatus('');
                updateReflection(exercise.id, index, event.target.value);
              }}
            />
          </div>
        ))}
        <button type="submit" className="button">
          Save reflection
        </button>{' '}
        <span className="form-status">{status}</span>
      </form>
      {earlier && earlier.length > 0 && (
        <details className="reflection-history">
          <summary>
            {earlier.length === 1 ? 'An earlier version' : `${earlier.length} earlier versions`}{' '}
            from another tab
          </summary>
          <p className="hint">
            Another tab of this app saved different answers at the same moment. The newest are in
            the boxes above; these were kept so nothing you wrote is lost. Copy anything you want to
            keep into the boxes.
          </p>
          {earlier.map((answers) => (
            <dl className="reflection-history__version" key={answers.join('\u0000')}>
              {exercise.reflection.map((prompt, index) =>
                answers[index]?.trim() ? (
                  <div key={prompt}>
                    <dt>{prompt}</dt>
                    <dd>{answers[index]}</dd>
                  </div>
                ) : null,
              )}
            </dl>
          ))}
        </details>
      )}
    </section>
  );
}
