import { type MouseEvent, memo } from 'react';
import type { ShowMode } from './settings';
import { cellPictureUrl, PARTS_OF_SPEECH, type PartOfSpeech, type SymbolWord } from './vocabulary';

const SHAPES: Record<string, string> = {
  circle: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1z',
  triangle: 'M8 1l7 14H1z',
  square: 'M2 2h12v12H2z',
  diamond: 'M8 0l8 8-8 8-8-8z',
  star: 'M8 0l2.4 5.2 5.6.6-4.2 3.8 1.2 5.6L8 12.4 3 15.2l1.2-5.6L0 5.8l5.6-.6z',
  bar: 'M1 5h14v6H1z',
};

/** The word class's shape, so the colour code never depends on colour alone. */
export function PosShape({ pos }: { pos: PartOfSpeech }) {
  const shape = PARTS_OF_SPEECH.find((p) => p.id === pos)?.shape ?? 'bar';
  return (
    <svg className="pos-shape" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <path d={SHAPES[shape]} />
    </svg>
  );
}

export interface SymbolCellProps {
  item: SymbolWord;
  show: ShowMode;
  highlighted: boolean;
  onChoose(item: SymbolWord, via: 'pointer' | 'keyboard'): void;
}

/** One symbol: a button named by its word, whatever is shown. */
export const SymbolCell = memo(function SymbolCell({
  item,
  show,
  highlighted,
  onChoose,
}: SymbolCellProps) {
  const click = (event: MouseEvent<HTMLButtonElement>) =>
    onChoose(item, event.detail === 0 ? 'keyboard' : 'pointer');
  return (
    <button
      type="button"
      className={`symbol-cell pos-${item.pos}${highlighted ? ' is-scanned' : ''}`}
      onClick={click}
    >
      <PosShape pos={item.pos} />
      {show !== 'words' && (
        <img
          src={cellPictureUrl(item.hex)}
          alt=""
          className="symbol-cell__img"
          decoding="async"
          width={72}
          height={72}
        />
      )}
      <span className={show === 'symbols' ? 'visually-hidden' : 'symbol-cell__word'}>
        {item.word}
      </span>
    </button>
  );
});

export const Legend = memo(function Legend() {
  return (
    <section className="symbols-legend" aria-labelledby="symbols-legend-heading">
      <h3 id="symbols-legend-heading">Colours and shapes</h3>
      <ul>
        {PARTS_OF_SPEECH.map((part) => (
          <li key={part.id} className={`symbols-legend__item pos-${part.id}`}>
            <PosShape pos={part.id} />
            <span>
              {part.label} ({part.shape})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
});
