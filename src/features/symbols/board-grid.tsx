import { memo, useEffect, useMemo, useState } from 'react';
import { type BoardSize, layoutPage, rowsOf } from './board-layout';
import { SCAN_OFF, type ScanState } from './scanning';
import type { ShowMode } from './settings';
import { SymbolCell } from './symbol-cell';
import { cellPictureUrl, type SymbolWord } from './vocabulary';

export interface BoardGridProps {
  words: readonly SymbolWord[];
  size: BoardSize;
  pageIndex: number;
  show: ShowMode;
  /** The page on show; the others are kept built but hidden. */
  active: boolean;
  /** The scan highlight, on the page on show only; its grid rows are scan rows 2, 3… */
  scan: ScanState;
  onChoose(item: SymbolWord, via: 'pointer' | 'keyboard'): void;
}

/** The scan state a hidden page gets: the same object every time, so hidden pages skip re-rendering while scanning. */
export const NOT_SCANNED = SCAN_OFF;

/**
 * One page of symbols. Pages once built (shown, or built ahead while the
 * browser was idle) stay built but hidden, so a page switch only swaps which
 * is shown: no cells are rebuilt and no pictures reloaded, and (with
 * `content-visibility: hidden`, see symbols.css) the browser keeps their
 * styles, layout and paint for next time. A page built ahead spends its
 * first two frames "warming": laid out and painted behind the page on show,
 * unseen (opacity just above zero), inert and aria-hidden. `hidden` keeps
 * pages out of the accessibility tree and the tab order.
 */
export const BoardGrid = memo(function BoardGrid({
  words,
  size,
  pageIndex,
  show,
  active,
  scan,
  onChoose,
}: BoardGridProps) {
  const rows = useMemo(
    () => rowsOf(layoutPage(words, size, pageIndex).cells, size),
    [words, size, pageIndex],
  );
  // Built hidden (ahead of a visit): laid out and painted once, unseen, before it waits behind
  // `content-visibility: hidden`, so its first visit reuses that work like any later one.
  const [warming, setWarming] = useState(!active);
  useEffect(() => {
    if (!warming) return;
    if (typeof requestAnimationFrame !== 'function') {
      setWarming(false);
      return;
    }
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setWarming(false));
    });
    return () => cancelAnimationFrame(frame);
  }, [warming]);
  return (
    <div
      className={`symbols-grid symbols-grid--${size} show-${show}${warming && !active ? ' symbols-grid--warming' : ''}`}
      hidden={!active}
      {...(warming && !active ? { inert: true, 'aria-hidden': true } : {})}
    >
      {rows.map((row, r) => {
        const scanRow = r + 2;
        const rowScanned = scan.mode === 'rows' && scan.row === scanRow;
        let choosable = -1;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions on the board.
          <div key={r} className={`symbols-grid__row${rowScanned ? ' is-scanned' : ''}`}>
            {row.map((cell, c) => {
              if (!cell) {
                // biome-ignore lint/suspicious/noArrayIndexKey: an empty cell is only a position.
                return <div key={`empty-${c}`} className="symbol-cell symbol-cell--empty" />;
              }
              choosable += 1;
              return (
                <SymbolCell
                  // biome-ignore lint/suspicious/noArrayIndexKey: a cell is its place on the board.
                  key={c}
                  show={show}
                  highlighted={
                    scan.mode === 'cells' && scan.row === scanRow && scan.cell === choosable
                  }
                  item={cell}
                  onChoose={onChoose}
                />
              );
            })}
          </div>
        );
      })}
    </div>
  );
});

/**
 * The pictures of the topic pages, fetched ahead in a hidden list, so a first
 * visit to a folder finds them loaded even where pages are not built ahead
 * (a browser without an idle callback, such as Safari, or before the first
 * idle moment).
 */
export const PicturePreload = memo(function PicturePreload({
  hexes,
}: {
  hexes: readonly string[];
}) {
  return (
    <div hidden className="symbols-preload">
      {hexes.map((hex) => (
        <img key={hex} src={cellPictureUrl(hex)} alt="" width={72} height={72} />
      ))}
    </div>
  );
});
