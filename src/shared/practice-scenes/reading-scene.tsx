import './practice-scenes.css';
import { GLOSSARY, QUESTIONS, type ReadingState, readingTasks } from './reading-model';
import {
  applySceneChange,
  controlProps,
  ignoreChange,
  sceneRootProps,
  useSceneIds,
} from './scene-change';
import type { SceneProps } from './types';

const SCENE_ID = 'reading';

/** A reading passage with comprehension questions and a glossary of disclosure buttons. */
export function ReadingScene(props: SceneProps<ReadingState>) {
  const { state, copy } = props;
  const id = useSceneIds(SCENE_ID, copy);
  const change = (next: ReadingState) => applySceneChange(props, readingTasks, next);
  const toggleTerm = (term: string) =>
    change({
      ...state,
      openTerms: state.openTerms.includes(term)
        ? state.openTerms.filter((t) => t !== term)
        : [...state.openTerms, term],
    });

  return (
    <div className="scene scene--reading" {...sceneRootProps(SCENE_ID, copy)}>
      <h3 className="scene__title">The Great Fire of London</h3>
      <p className="reading__byline">
        Year 2 history · Read the passage, then answer the questions.
      </p>
      <div className="reading__passage">
        <p>
          Early on Sunday 2 September 1666, a fire started in Thomas Farriner's bakery on Pudding
          Lane, in the City of London. The summer had been long and dry, and most houses were made
          of wood, with their upper floors leaning close together over narrow streets.
        </p>
        <p>
          A strong wind from the east blew the flames from house to house. People loaded their
          belongings onto carts and boats and escaped across the River Thames. The fire burned for
          four days.
        </p>
        <p>
          A man called Samuel Pepys wrote about the fire in his diary. He watched from a boat on the
          river and saw the flames spreading. He even buried his wine and a Parmesan cheese in his
          garden to keep them safe!
        </p>
        <p>
          When the fire was finally put out, more than 13,000 houses and 87 churches had been
          destroyed, including the old St Paul's Cathedral. Afterwards, London was rebuilt with
          wider streets and houses made of brick and stone.
        </p>
      </div>

      <h4>Questions</h4>
      {QUESTIONS.map((question, index) => (
        <fieldset className="scene__fieldset" key={question.id}>
          <legend>
            {index + 1}. {question.question}
          </legend>
          {question.options.map((option) => {
            const optionId = id(`${question.id}-${option.replace(/\s+/g, '-').toLowerCase()}`);
            return (
              <div className="scene__choice" key={option}>
                <input
                  type="radio"
                  id={optionId}
                  name={id(question.id)}
                  value={option}
                  checked={state.answers[question.id] === option}
                  {...controlProps(copy, `${question.id}-${option}`)}
                  onChange={
                    copy
                      ? ignoreChange
                      : () =>
                          change({ ...state, answers: { ...state.answers, [question.id]: option } })
                  }
                />
                <label htmlFor={optionId}>{option}</label>
              </div>
            );
          })}
        </fieldset>
      ))}

      <h4>Glossary</h4>
      <ul className="reading__glossary">
        {GLOSSARY.map((entry) => {
          const open = state.openTerms.includes(entry.id);
          return (
            <li key={entry.id}>
              <button
                type="button"
                className="reading__term"
                aria-expanded={open}
                aria-controls={id(`term-${entry.id}`)}
                {...controlProps(copy, `term-${entry.id}`)}
                onClick={() => toggleTerm(entry.id)}
              >
                {entry.term}
              </button>
              <p id={id(`term-${entry.id}`)} hidden={!open} className="reading__meaning">
                {entry.meaning}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
