import type { OcrWord } from './ocr-engine';

/**
 * Putting a table's cells back into rows. Tesseract's layout analysis (PSM 3)
 * can cut a table whose rules the page pipeline erased into blocks of
 * columns, and then reads a block of columns after the whole table: "Day Time
 * Room / Monday 3:15 pm Room 6 / … / Topic / Fractions / …" (the corpus's
 * "Maths Club" table photos read at 39% CER that way). A block whose every
 * line sits beside a different line of another block, at the same height,
 * where those lines are table rows (wide gaps between cells), is a column of
 * that table: its words go back into those rows. Two columns of prose are
 * left alone, because their lines have no wide gaps (the two-column corpus
 * page is read column by column, as its known text says).
 */

/** One line as tesseract laid it out: its words (in order), its block, and whether it ends a paragraph. */
export interface LaidOutLine {
  block: number;
  words: OcrWord[];
  endsParagraph: boolean;
}

/** A gap between two words wider than this many line heights is a gap between table cells (as in ocr-document.ts). */
const CELL_GAP = 1.6;
/** Two lines share a row when their boxes overlap by at least this share of the shorter one's height. */
const SAME_ROW = 0.5;

interface Extent {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function extentOf(line: LaidOutLine): Extent {
  return {
    x0: Math.min(...line.words.map((w) => w.box.x0)),
    x1: Math.max(...line.words.map((w) => w.box.x1)),
    y0: Math.min(...line.words.map((w) => w.box.y0)),
    y1: Math.max(...line.words.map((w) => w.box.y1)),
  };
}

function isTableRow(line: LaidOutLine): boolean {
  const height = Math.max(1, ...line.words.map((w) => w.box.y1 - w.box.y0));
  return line.words.some((word, i) => {
    const before = line.words[i - 1];
    return before !== undefined && (word.box.x0 - before.box.x1) / height > CELL_GAP;
  });
}

/** The line of `rows` beside `line` (same height, not overlapping it across), or undefined. */
function partnerOf(line: LaidOutLine, rows: readonly LaidOutLine[]): LaidOutLine | undefined {
  const a = extentOf(line);
  let best: LaidOutLine | undefined;
  let bestShare = SAME_ROW;
  for (const row of rows) {
    const b = extentOf(row);
    if (a.x0 < b.x1 && b.x0 < a.x1) continue;
    const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
    const share = overlap / Math.max(1, Math.min(a.y1 - a.y0, b.y1 - b.y0));
    if (share >= bestShare) {
      best = row;
      bestShare = share;
    }
  }
  return best;
}

/** Merges one block of table columns into the rows beside it, or returns null when there is none. */
function mergeOneBlock(lines: readonly LaidOutLine[]): LaidOutLine[] | null {
  const blocks = [...new Set(lines.map((l) => l.block))];
  for (const side of blocks) {
    const own = lines.filter((l) => l.block === side);
    // The rows beside it may be in one block or several (tesseract often starts a new block at the header row).
    const rows = lines.filter((l) => l.block !== side);
    const partners = own.map((l) => partnerOf(l, rows));
    if (partners.some((p) => !p) || new Set(partners).size !== partners.length) continue;
    // Most of the rows it joins must already look like table rows: prose columns do not.
    const tableRows = partners.filter((p) => p && isTableRow(p)).length;
    if (tableRows * 2 < partners.length) continue;
    return lines
      .filter((l) => l.block !== side)
      .map((l) => {
        const i = partners.indexOf(l);
        if (i < 0) return l;
        const words = [...l.words, ...(own[i]?.words ?? [])].sort((p, q) => p.box.x0 - q.box.x0);
        return { ...l, words };
      });
  }
  return null;
}

/** The lines with every block of table columns merged back into its rows, otherwise in tesseract's order. */
export function joinTableRows(lines: readonly LaidOutLine[]): LaidOutLine[] {
  let result = lines.filter((l) => l.words.length > 0);
  for (;;) {
    const merged = mergeOneBlock(result);
    if (!merged) return result;
    result = merged;
  }
}

/** Words in reading order, each carrying the break that follows it. */
export function wordsOfLines(lines: readonly LaidOutLine[]): OcrWord[] {
  const words: OcrWord[] = [];
  for (const line of lines) {
    line.words.forEach((word, i) => {
      const last = i === line.words.length - 1;
      words.push({
        ...word,
        breakAfter: !last ? 'space' : line.endsParagraph ? 'paragraph' : 'line',
      });
    });
  }
  const last = words.at(-1);
  if (last) last.breakAfter = 'line';
  return words;
}
