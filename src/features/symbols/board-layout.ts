import { CORE_WORDS, type SymbolWord, TOPICS, type TopicId } from './vocabulary';

/** Cells visible across and down: bigger cells for motor or visual needs, more words for fewer page turns. */
export const BOARD_SIZES = [4, 6, 8] as const;
export type BoardSize = (typeof BOARD_SIZES)[number];

export interface BoardPage {
  size: BoardSize;
  /** size × size cells, row by row; null is an empty cell. */
  cells: readonly (SymbolWord | null)[];
  pageIndex: number;
  pageCount: number;
}

/** The core words in the first row: the same words, in the same cells, on every page. */
export function pinnedWords(size: BoardSize): readonly SymbolWord[] {
  return CORE_WORDS.slice(0, size);
}

/**
 * Lays out one page of the board. Motor planning: a child learns where a
 * word is, not what it looks like, so a word must never move. The first row
 * holds the same core words on every page (core or topic); the page's own
 * words fill the other rows in a fixed order, and when they do not fit they
 * continue on a further page, so each word's cell depends only on the board
 * size and never on what else was added or chosen.
 */
export function layoutPage(
  pageWords: readonly SymbolWord[],
  size: BoardSize,
  pageIndex = 0,
): BoardPage {
  const pinned = pinnedWords(size);
  const pinnedSet = new Set(pinned.map((item) => item.word));
  const own = pageWords.filter((item) => !pinnedSet.has(item.word));
  const perPage = size * (size - 1);
  const pageCount = Math.max(1, Math.ceil(own.length / perPage));
  const index = Math.min(Math.max(0, pageIndex), pageCount - 1);
  const chunk = own.slice(index * perPage, (index + 1) * perPage);
  const cells: (SymbolWord | null)[] = [...pinned, ...chunk];
  while (cells.length < size * size) cells.push(null);
  return { size, cells, pageIndex: index, pageCount };
}

/** The core page's own words (everything after the pinned row). */
export function coreWords(): readonly SymbolWord[] {
  return CORE_WORDS;
}

/** The page's cells as rows. */
export function rowsOf<T>(cells: readonly T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < cells.length; i += size) rows.push(cells.slice(i, i + size));
  return rows;
}

/** A page of the board: the core words or a topic folder. */
export type PageId = 'core' | TopicId;

export function wordsOf(page: PageId, ownWords: readonly SymbolWord[]): readonly SymbolWord[] {
  if (page === 'core') return CORE_WORDS;
  if (page === 'own') return ownWords;
  return TOPICS.find((t) => t.id === page)?.words ?? [];
}

/** A built page: board size, page and page number (pages kept built are per size). */
export const keyOf = (size: BoardSize, page: PageId, index: number) => `${size}:${page}:${index}`;
export function parseKey(key: string): { page: PageId; index: number } {
  const [, page, index] = key.split(':');
  return { page: page as PageId, index: Number(index) };
}

/**
 * Every page of the board at one size, nearest first: the core words, then
 * each folder's first page (one press from core), then the pages behind
 * "Next page". Pages not yet built are built in this order while the
 * browser is idle, so a first visit is a switch, not a build.
 */
export function pageKeysAt(
  size: BoardSize,
  topics: readonly PageId[],
  ownWords: readonly SymbolWord[],
): string[] {
  const pages: PageId[] = ['core', ...topics, ...(ownWords.length ? (['own'] as const) : [])];
  const counts = pages.map((page) => layoutPage(wordsOf(page, ownWords), size).pageCount);
  const keys: string[] = [];
  const most = Math.max(...counts);
  for (let index = 0; index < most; index += 1) {
    pages.forEach((page, i) => {
      if (index < (counts[i] ?? 0)) keys.push(keyOf(size, page, index));
    });
  }
  return keys;
}
