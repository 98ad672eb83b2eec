import { useId, useState } from 'react';
import { useEngines } from '../../shared/engines-context';
import { useAppStore } from '../../store/store-context';
import type { TimetableStep } from './settings';
import { CORE_WORDS, type SymbolWord, symbolUrl, TIMETABLE_EXTRAS, TOPICS } from './vocabulary';

export interface TimetableProps {
  steps: readonly TimetableStep[];
  setSteps(steps: TimetableStep[]): void;
  ownWords: readonly SymbolWord[];
}

type View = 'now-next' | 'timetable';

/**
 * Now and next, and a visual timetable: the teacher picks a symbol for each
 * step (and may give it their own words), shows the steps large, moves
 * through them, and prints them.
 */
export function Timetable({
  steps,
  setSteps,
  ownWords,
  level = 2,
}: TimetableProps & { level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const { files } = useEngines();
  const emit = useAppStore((state) => state.emit);
  const id = useId();
  const choices = [
    ...TIMETABLE_EXTRAS,
    ...TOPICS.flatMap((t) => t.words),
    ...CORE_WORDS,
    ...ownWords,
  ];
  const [symbol, setSymbol] = useState(choices[0]?.word ?? '');
  const [label, setLabel] = useState('');
  const [view, setView] = useState<View>('now-next');
  const [current, setCurrent] = useState(0);
  const at = Math.min(current, Math.max(0, steps.length - 1));
  const ownCount = steps.filter((step) => step.own).length;

  const add = () => {
    const chosen = choices.find((item) => item.word === symbol);
    if (!chosen) return;
    const own = label.trim();
    setSteps([...steps, { label: own || chosen.word, hex: chosen.hex, own: own !== '' }]);
    setLabel('');
  };
  const move = (to: number) => {
    setCurrent(to);
    emit({
      type: 'symbols/timetable',
      action: 'moved',
      view,
      steps: steps.length,
      ownWords: ownCount,
    });
  };
  const print = () => {
    emit({
      type: 'symbols/timetable',
      action: 'printed',
      view,
      steps: steps.length,
      ownWords: ownCount,
    });
    files.print();
  };
  const remove = (index: number) => setSteps(steps.filter((_, i) => i !== index));
  const shown = view === 'now-next' ? steps.slice(at, at + 2) : steps;

  return (
    <section className="symbols-timetable" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>Now and next, and visual timetable</Heading>
      <div className="symbols-controls">
        <div className="field">
          <label htmlFor={`${id}-symbol`}>Symbol for the step</label>
          <select
            id={`${id}-symbol`}
            value={symbol}
            onChange={(event) => setSymbol(event.target.value)}
          >
            {choices.map((item) => (
              <option key={item.word} value={item.word}>
                {item.word}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-label`}>Your own words for it (optional)</label>
          <input
            id={`${id}-label`}
            type="text"
            value={label}
            maxLength={40}
            onChange={(e) => setLabel(e.target.value)}
          />
        </div>
        <button type="button" className="button" onClick={add}>
          Add step
        </button>
      </div>
      {steps.length > 0 && (
        <>
          <ol className="symbols-steps">
            {steps.map((step, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps may repeat; order is their identity.
              <li key={index}>
                {step.label}{' '}
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => remove(index)}
                >
                  Remove step {index + 1}: {step.label}
                </button>
              </li>
            ))}
          </ol>
          <fieldset className="symbols-view">
            <legend>Show</legend>
            {(['now-next', 'timetable'] as const).map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name={`${id}-view`}
                  checked={view === option}
                  onChange={() => setView(option)}
                />{' '}
                {option === 'now-next' ? 'Now and next' : 'Whole timetable'}
              </label>
            ))}
          </fieldset>
          <section className="symbols-print" aria-label="Timetable">
            <ol className={`symbols-cards symbols-cards--${view}`}>
              {shown.map((step, index) => {
                const position = view === 'now-next' ? at + index : index;
                const isNow = position === at;
                return (
                  <li
                    key={position}
                    className={isNow ? 'is-now' : ''}
                    aria-current={isNow ? 'step' : undefined}
                  >
                    {view === 'now-next' && (
                      <span className="symbols-cards__tag">{isNow ? 'Now' : 'Next'}</span>
                    )}
                    <img src={symbolUrl(step.hex)} alt="" />
                    <span className="symbols-cards__label">{step.label}</span>
                  </li>
                );
              })}
            </ol>
          </section>
          <div className="symbols-row">
            <button
              type="button"
              className="button"
              disabled={at === 0}
              onClick={() => move(at - 1)}
            >
              Previous step
            </button>
            <button
              type="button"
              className="button"
              disabled={at >= steps.length - 1}
              onClick={() => move(at + 1)}
            >
              Next step
            </button>
            <button type="button" className="button button--secondary" onClick={print}>
              Print timetable
            </button>
          </div>
        </>
      )}
    </section>
  );
}
