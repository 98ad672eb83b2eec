import { Fragment, memo } from 'react';
import { type ReadingDocument, type Run, runsOf, type Word } from './reading-document';

/**
 * The reading view's text in blocks of at least this many words, each ending
 * at a line break. A word step re-renders the one or two blocks the <mark>
 * left and entered, an edit only the block it is in; each block is laid out on
 * its own (and not at all while off screen, content-visibility: auto).
 */
const BLOCK_WORDS = 60;

export interface Block {
  runs: Run[];
  /** The document's word indices in this block: [first, end). */
  first: number;
  end: number;
  /** The block's text, words and gaps: two blocks with the same source show the same words. */
  source: string;
}

const runStart = (run: Run) => (run.kind === 'word' ? run.word.start : run.start);
const runEnd = (run: Run) => (run.kind === 'word' ? run.word.end : run.start + run.text.length);

export function blocksOf(doc: ReadingDocument): Block[] {
  const blocks: Block[] = [];
  let runs: Run[] = [];
  let first = 0;
  let end = 0;
  let words = 0;
  const close = () => {
    const from = runStart(runs[0] as Run);
    const to = runEnd(runs[runs.length - 1] as Run);
    blocks.push({ runs, first, end, source: doc.text.slice(from, to) });
    runs = [];
    first = end;
    words = 0;
  };
  for (const run of runsOf(doc)) {
    if (run.kind === 'word') {
      if (words === 0) first = run.word.index;
      end = run.word.index + 1;
      words += 1;
    }
    runs.push(run);
    if (run.kind === 'gap' && words >= BLOCK_WORDS && run.text.includes('\n')) close();
  }
  if (runs.length) close();
  return blocks;
}

/** The block holding a word (the last block whose first word is at or before it). */
export function blockOf(blocks: readonly Block[], word: number): number {
  let low = 0;
  let high = blocks.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((blocks[mid] as Block).first <= word) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/**
 * Page breaks inside a block as "word:page" pairs (word counted from the
 * block's first), so a block compares them as one string.
 */
export function pageBreaksIn(block: Block, pageOf: readonly number[] | undefined): string {
  if (!pageOf) return '';
  const breaks: string[] = [];
  for (let at = Math.max(1, block.first); at < block.end; at += 1) {
    if (pageOf[at] !== pageOf[at - 1]) breaks.push(`${at - block.first}:${(pageOf[at] ?? 0) + 1}`);
  }
  return breaks.join(',');
}

interface WordProps {
  word: Word;
  /** The word's place in its block: what data-word holds. */
  at: number;
  active: boolean;
  tabbable: boolean;
}

/**
 * One word. The spoken word's text is wrapped in the page's only `<mark>`; the
 * span itself stays, so focus is never lost. data-word counts from the block's
 * first word (the block's data-first), so an edit before a block, which moves
 * every later word's index along, leaves the block's words as they are.
 */
const WordSpan = memo(
  function WordSpan({ word, at, active, tabbable }: WordProps) {
    return (
      <span className="reading-word" data-word={at} tabIndex={tabbable ? 0 : -1}>
        {active ? <mark>{word.text}</mark> : word.text}
      </span>
    );
  },
  (a, b) =>
    a.active === b.active &&
    a.tabbable === b.tabbable &&
    a.at === b.at &&
    a.word.text === b.word.text,
);

export interface BlockProps {
  block: Block;
  /** The spoken word and the tabbable word, counted from the block's first; -1 when not in it. */
  active: number;
  tabbable: number;
  /** pageBreaksIn(block, pageOf). */
  breaks: string;
}

function BlockWords({ block, active, tabbable, breaks }: BlockProps) {
  const pages = new Map(
    breaks ? breaks.split(',').map((pair) => pair.split(':').map(Number) as [number, number]) : [],
  );
  const { first, runs } = block;
  return runs.map((run, position) => {
    if (run.kind === 'gap') {
      const next = runs[position + 1];
      // Keyed by the word after it: where it starts moves with every edit before it.
      const key = next?.kind === 'word' ? `g${next.word.index - first}` : 'g-end';
      return <span key={key}>{run.text}</span>;
    }
    const at = run.word.index - first;
    const page = pages.get(at);
    return (
      <Fragment key={`w${at}`}>
        {page !== undefined && <span className="reading-page-break">Page {page}</span>}
        <WordSpan word={run.word} at={at} active={at === active} tabbable={at === tabbable} />
      </Fragment>
    );
  });
}

/** Same text cut into the same runs, same marked and tabbable word, same page breaks. */
const sameBlock = (a: BlockProps, b: BlockProps) =>
  a.active === b.active &&
  a.tabbable === b.tabbable &&
  a.breaks === b.breaks &&
  (a.block === b.block ||
    (a.block.runs.length === b.block.runs.length && a.block.source === b.block.source));

/** A block's words, re-rendered only when what it shows changed (not when its words' indices moved). */
export const BlockView = memo(BlockWords, sameBlock);
