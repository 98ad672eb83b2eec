import { useId, useState } from 'react';
import { useAppStore } from '../../store/store-context';
import { loadSymbolIndex, type SearchableSymbol, searchSymbols } from './symbol-search';
import {
  CORE_WORDS,
  PARTS_OF_SPEECH,
  type PartOfSpeech,
  type SymbolWord,
  symbolUrl,
  TIMETABLE_EXTRAS,
  TOPICS,
} from './vocabulary';

const TAKEN = new Set(
  [...CORE_WORDS, ...TOPICS.flatMap((t) => t.words), ...TIMETABLE_EXTRAS, ...TOPICS].map((item) =>
    ('word' in item ? item.word : item.label).toLowerCase(),
  ),
);

export interface OwnWordsProps {
  words: readonly SymbolWord[];
  setWords(words: SymbolWord[]): void;
}

/** The teacher's own words, each with a symbol found by searching the shipped set. */
export function OwnWords({ words, setWords, level = 2 }: OwnWordsProps & { level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const emit = useAppStore((state) => state.emit);
  const id = useId();
  const [word, setWord] = useState('');
  const [pos, setPos] = useState<PartOfSpeech>('little');
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState<readonly SearchableSymbol[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const results = index ? searchSymbols(index, query) : [];

  const search = (value: string) => {
    setQuery(value);
    if (!index)
      loadSymbolIndex().then(setIndex, () =>
        setProblem('The symbol list could not be loaded. Reload the page and try again.'),
      );
  };

  const add = () => {
    const trimmed = word.trim();
    if (!trimmed) return setProblem('Type the word first, in "Word", then add it.');
    const lower = trimmed.toLowerCase();
    if (TAKEN.has(lower) || words.some((w) => w.word.toLowerCase() === lower)) {
      return setProblem(`"${trimmed}" is already on the board. Choose a different word.`);
    }
    if (!chosen)
      return setProblem('Choose a symbol for it: type in "Find a symbol", then pick one.');
    setProblem(null);
    setWords([...words, { word: trimmed, hex: chosen, pos }]);
    emit({ type: 'symbols/own-word-added', word: trimmed, hex: chosen });
    setWord('');
    setChosen(null);
    setQuery('');
  };

  return (
    <section className="symbols-own" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>Your own words</Heading>
      <p>
        Add the words your class needs (names, topic words). They appear in the "My words" folder
        and are kept on this device.
      </p>
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      <div className="symbols-controls">
        <div className="field">
          <label htmlFor={`${id}-word`}>Word</label>
          <input
            id={`${id}-word`}
            type="text"
            value={word}
            maxLength={30}
            onChange={(e) => setWord(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-pos`}>Kind of word</label>
          <select
            id={`${id}-pos`}
            value={pos}
            onChange={(e) => setPos(e.target.value as PartOfSpeech)}
          >
            {PARTS_OF_SPEECH.map((part) => (
              <option key={part.id} value={part.id}>
                {part.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-find`}>Find a symbol</label>
          <input
            id={`${id}-find`}
            type="search"
            value={query}
            onChange={(e) => search(e.target.value)}
          />
        </div>
      </div>
      {query.trim().length >= 2 && index && (
        <fieldset className="symbols-results">
          <legend>
            {results.length
              ? `Symbols for "${query.trim()}"`
              : `No symbols found for "${query.trim()}": try a simpler word.`}
          </legend>
          {results.map((symbol) => (
            <label key={symbol.hex} className={chosen === symbol.hex ? 'is-chosen' : ''}>
              <input
                type="radio"
                name={`${id}-symbol`}
                checked={chosen === symbol.hex}
                onChange={() => setChosen(symbol.hex)}
              />
              <img src={symbolUrl(symbol.hex)} alt="" />
              <span>{symbol.name}</span>
            </label>
          ))}
        </fieldset>
      )}
      <button type="button" className="button" onClick={add}>
        Add word
      </button>
      {words.length > 0 && (
        <ul className="symbols-own__list">
          {words.map((item) => (
            <li key={item.word}>
              <img src={symbolUrl(item.hex)} alt="" /> {item.word}{' '}
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setWords(words.filter((w) => w.word !== item.word))}
              >
                Remove {item.word}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
