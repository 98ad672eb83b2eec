import {
  type CSSProperties,
  Fragment,
  type KeyboardEvent,
  type MouseEvent,
  memo,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { FONT_FAMILIES } from './fonts';
import type { ReadingPreferences } from './preferences';
import { type ReadingDocument, type Run, runsOf, type Word } from './reading-document';

interface WordProps {
  word: Word;
  active: boolean;
  tabbable: boolean;
}

/** One word. The spoken word's text is wrapped in the page's only `<mark>`; the span itself stays, so focus is never lost. */
const WordSpan = memo(
  function WordSpan({ word, active, tabbable }: WordProps) {
    return (
      <span className="reading-word" data-word={word.index} tabIndex={tabbable ? 0 : -1}>
        {active ? <mark>{word.text}</mark> : word.text}
      </span>
    );
  },
  // Only the index and the text are shown: a word that an edit before it moved along is the same.
  (a, b) =>
    a.active === b.active &&
    a.tabbable === b.tabbable &&
    a.word.index === b.word.index &&
    a.word.text === b.word.text,
);

/**
 * The text is rendered in blocks of at least this many words, each ending at a
 * line break and memoised, so a word step re-renders the one or two blocks the
 * <mark> left and entered and a keystroke only the blocks whose words changed;
 * each block is laid out on its own (and not at all while off screen), where one
 * run of 200,000 characters was laid out again whole at every step.
 */
const BLOCK_WORDS = 60;

interface Block {
  runs: Run[];
  /** The word indices in this block: [first, end). */
  first: number;
  end: number;
}

function blocksOf(runs: readonly Run[]): Block[] {
  const blocks: Block[] = [];
  let current: Block = { runs: [], first: 0, end: 0 };
  let words = 0;
  for (const run of runs) {
    if (run.kind === 'word') {
      if (words === 0) current.first = run.word.index;
      current.end = run.word.index + 1;
      words += 1;
    }
    current.runs.push(run);
    if (run.kind === 'gap' && words >= BLOCK_WORDS && run.text.includes('\n')) {
      blocks.push(current);
      current = { runs: [], first: current.end, end: current.end };
      words = 0;
    }
  }
  if (current.runs.length) blocks.push(current);
  return blocks;
}

interface BlockProps {
  runs: Run[];
  /** The spoken word if it is in this block, else null; likewise the tabbable word, else -1. */
  activeWord: number | null;
  tabbableWord: number;
  pageOf: readonly number[] | undefined;
}

function gapKey(runs: readonly Run[], position: number): string {
  const next = runs[position + 1];
  return next?.kind === 'word' ? `g${next.word.index}` : 'g-end';
}

function BlockRuns({ runs, activeWord, tabbableWord, pageOf }: BlockProps) {
  return (
    <div className="reading-block">
      {runs.map((run, position) =>
        run.kind === 'word' ? (
          <Fragment key={`w${run.word.index}`}>
            {pageOf && startsPage(pageOf, run.word.index) && (
              <span className="reading-page-break">Page {(pageOf[run.word.index] ?? 0) + 1}</span>
            )}
            <WordSpan
              word={run.word}
              active={run.word.index === activeWord}
              tabbable={run.word.index === tabbableWord}
            />
          </Fragment>
        ) : (
          // Keyed by the word after it (where it starts moves with every edit before it).
          <span key={gapKey(runs, position)}>{run.text}</span>
        ),
      )}
    </div>
  );
}

/** Same words (index and text: where they start does not show), same gaps, same page breaks. */
function sameBlock(a: BlockProps, b: BlockProps): boolean {
  if (a.activeWord !== b.activeWord || a.tabbableWord !== b.tabbableWord) return false;
  if (a.runs === b.runs && a.pageOf === b.pageOf) return true;
  if (a.runs.length !== b.runs.length) return false;
  return a.runs.every((run, i) => {
    const other = b.runs[i] as Run;
    if (run.kind === 'gap') return other.kind === 'gap' && other.text === run.text;
    if (other.kind !== 'word') return false;
    if (other.word.index !== run.word.index || other.word.text !== run.word.text) return false;
    const at = run.word.index;
    const breakA = a.pageOf ? startsPage(a.pageOf, at) && a.pageOf[at] : false;
    const breakB = b.pageOf ? startsPage(b.pageOf, at) && b.pageOf[at] : false;
    return breakA === breakB;
  });
}

const BlockView = memo(BlockRuns, sameBlock);

export interface ReadingViewProps {
  doc: ReadingDocument;
  activeWord: number | null;
  preferences: ReadingPreferences;
  /** The text's language, so screen readers and hyphenation use the right rules. */
  lang?: string;
  /** Each word's page (0-based), for a document of several pages: a page break shows where one ends. */
  pageOf?: readonly number[];
  onChooseWord(index: number): void;
}

/** True for the first word of every page after the first. */
const startsPage = (pageOf: readonly number[], index: number) =>
  index > 0 && pageOf[index] !== pageOf[index - 1];

function findWord(container: HTMLElement | null, index: number): HTMLElement | null {
  return container?.querySelector<HTMLElement>(`[data-word="${index}"]`) ?? null;
}

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The text as words. One word at a time is in the tab order (roving
 * tabindex): arrow keys move between words, Enter or Space (or a click)
 * starts reading there. Line focus dims all but 1, 3 or 5 lines around the
 * spoken (or focused) word.
 */
export function ReadingView({
  doc: latestDoc,
  activeWord,
  preferences,
  lang = 'en-GB',
  pageOf,
  onChooseWord,
}: ReadingViewProps) {
  // A keystroke in a long text paints first; the view follows as soon as the browser is free.
  const doc = useDeferredValue(latestDoc);
  const blocks = useMemo(() => blocksOf(runsOf(doc)), [doc]);
  const [cursor, setCursor] = useState(0);
  const view = useRef<HTMLElement>(null);
  const [band, setBand] = useState<{ top: number; height: number } | null>(null);
  const hintId = useId();

  const tabbableWord = Math.min(activeWord ?? cursor, Math.max(0, doc.words.length - 1));
  const wordElement = (index: number) => findWord(view.current, index);

  // Keep the spoken word in sight.
  useEffect(() => {
    if (activeWord === null) return;
    const element = findWord(view.current, activeWord);
    if (!element?.scrollIntoView) return;
    const rect = element.getBoundingClientRect();
    if (rect.top >= 0 && rect.bottom <= window.innerHeight) return;
    element.scrollIntoView({
      block: 'center',
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
  }, [activeWord]);

  // Text reflows when a font arrives or the view changes width: line focus must follow.
  const [layout, setLayout] = useState(0);
  useEffect(() => {
    const element = view.current;
    if (!element || !preferences.lineFocus) return;
    const bump = () => setLayout((n) => n + 1);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(bump) : null;
    observer?.observe(element);
    document.fonts?.addEventListener?.('loadingdone', bump);
    return () => {
      observer?.disconnect();
      document.fonts?.removeEventListener?.('loadingdone', bump);
    };
  }, [preferences.lineFocus]);

  // Line focus: a clear band `lineFocus` lines high, centred on the word's line.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new document or a reflow moves every line.
  useLayoutEffect(() => {
    if (!preferences.lineFocus || !view.current) {
      setBand(null);
      return;
    }
    const element = findWord(view.current, tabbableWord) ?? findWord(view.current, 0);
    if (!element) {
      setBand(null);
      return;
    }
    const style = getComputedStyle(view.current);
    const lineHeight = Number.parseFloat(style.lineHeight) || element.offsetHeight || 24;
    const lineTop = element.offsetTop + element.offsetHeight / 2 - lineHeight / 2;
    const half = (preferences.lineFocus - 1) / 2;
    setBand({ top: lineTop - half * lineHeight, height: preferences.lineFocus * lineHeight });
  }, [preferences, tabbableWord, doc, layout]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-word]');
    if (!target) return;
    const index = Number(target.dataset.word);
    const last = doc.words.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(last, index + 1),
      ArrowDown: Math.min(last, index + 1),
      ArrowLeft: Math.max(0, index - 1),
      ArrowUp: Math.max(0, index - 1),
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      const next = moves[event.key] as number;
      setCursor(next);
      wordElement(next)?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setCursor(index);
      onChooseWord(index);
    }
  };

  const onClick = (event: MouseEvent<HTMLElement>) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-word]');
    if (!target) return;
    const index = Number(target.dataset.word);
    setCursor(index);
    onChooseWord(index);
  };

  const style = {
    '--reading-size': `${preferences.textSize / 100}`,
    '--reading-line': `${preferences.lineSpacing}`,
    '--reading-letter': `${preferences.letterSpacing}em`,
    '--reading-font': FONT_FAMILIES[preferences.font],
  } as CSSProperties;

  return (
    <div className="reading-view-wrap">
      <p id={hintId} className="hint">
        Select a word, or move to it with the arrow keys and press Enter, to read from there.
      </p>
      {/* The words inside are the focusable controls; the view only delegates their events. */}
      <section
        ref={view}
        className="reading-view"
        data-tint={preferences.tint}
        style={style}
        aria-label="Reading view"
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
        onClick={onClick}
        lang={lang}
      >
        {blocks.map((block, position) => {
          const inBlock = (word: number | null) =>
            word !== null && word >= block.first && word < block.end;
          // Keyed by place: an edit updates the blocks after it in place rather than rebuilding them.
          const key = `block-${position}`;
          return (
            <BlockView
              key={key}
              runs={block.runs}
              activeWord={inBlock(activeWord) ? activeWord : null}
              tabbableWord={inBlock(tabbableWord) ? tabbableWord : -1}
              pageOf={pageOf}
            />
          );
        })}
        {band && (
          <div
            className="line-focus"
            aria-hidden="true"
            style={{ top: `${band.top}px`, height: `${band.height}px` }}
          />
        )}
      </section>
    </div>
  );
}
