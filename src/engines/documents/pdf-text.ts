import type { OcrWord } from '../ocr/ocr-engine';

/**
 * A PDF page's text layer as words with boxes, shaped like OCR words so the
 * rest of Read aloud treats a text PDF and a photo alike. Pure: the items are
 * what pdf.js's `getTextContent()` gives, the matrix its viewport transform.
 */

export interface TextItem {
  str: string;
  /** [a, b, c, d, e, f]: the text's matrix in PDF units; (e, f) is the start of its baseline. */
  transform: number[];
  /** Advance width in PDF units. */
  width: number;
  /** Font height in PDF units. */
  height: number;
  hasEOL?: boolean;
}

type Matrix = readonly number[];

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  (m[0] ?? 1) * x + (m[2] ?? 0) * y + (m[4] ?? 0),
  (m[1] ?? 0) * x + (m[3] ?? 1) * y + (m[5] ?? 0),
];

/** A gap between baselines above this many font heights starts a new paragraph. */
const PARAGRAPH_GAP = 1.6;
/** A horizontal gap above this many font heights between two runs on a line is a space. */
const SPACE_GAP = 0.15;

interface Fragment {
  text: string;
  x0: number;
  x1: number;
  baseline: number;
  size: number;
  spaceBefore: boolean;
}

/** Splits each item into its non-space runs, placing each by its share of the item's characters. */
function fragments(items: readonly TextItem[]): Fragment[][] {
  const lines: Fragment[][] = [];
  let line: Fragment[] = [];
  let lastEnd: { x: number; baseline: number; size: number; endsWithSpace: boolean } | null = null;
  const endLine = () => {
    if (line.length) lines.push(line);
    line = [];
  };
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const baseline = item.transform[5] ?? 0;
    const size = item.height || Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || 10;
    if (item.str.trim()) {
      if (lastEnd && Math.abs(baseline - lastEnd.baseline) > size * 0.5) endLine();
      const perChar = item.str.length ? item.width / item.str.length : 0;
      let first = true;
      for (const match of item.str.matchAll(/\S+/g)) {
        const x0 = x + match.index * perChar;
        const gapBefore = lastEnd && line.length ? x0 - lastEnd.x : 0;
        line.push({
          text: match[0],
          x0,
          x1: x0 + match[0].length * perChar,
          baseline,
          size,
          spaceBefore:
            !first ||
            match.index > 0 ||
            !line.length ||
            (lastEnd?.endsWithSpace ?? false) ||
            gapBefore > size * SPACE_GAP,
        });
        first = false;
      }
      lastEnd = {
        x: x + item.width,
        baseline,
        size,
        endsWithSpace: /\s$/.test(item.str),
      };
    } else if (lastEnd && item.str.length) {
      lastEnd.endsWithSpace = true;
    }
    if (item.hasEOL) {
      endLine();
      if (lastEnd) lastEnd.endsWithSpace = true;
    }
  }
  endLine();
  return lines;
}

/**
 * The page's words in the order the PDF holds its text (for a document
 * printed from a web page or a word processor, its reading order), with
 * line and paragraph breaks and boxes in the pixels of the page as drawn
 * with `viewport` (pdf.js's viewport.transform). Confidence is 100: this
 * is the text itself, not a guess.
 */
export function wordsOfTextLayer(items: readonly TextItem[], viewport: Matrix): OcrWord[] {
  const lines = fragments(items);
  const words: OcrWord[] = [];
  lines.forEach((line, lineIndex) => {
    const lineWords: { text: string; x0: number; x1: number; top: number; bottom: number }[] = [];
    for (const fragment of line) {
      const top = fragment.baseline + fragment.size * 0.8;
      const bottom = fragment.baseline - fragment.size * 0.2;
      const last = lineWords[lineWords.length - 1];
      if (last && !fragment.spaceBefore) {
        last.text += fragment.text;
        last.x1 = fragment.x1;
        last.top = Math.max(last.top, top);
        last.bottom = Math.min(last.bottom, bottom);
      } else {
        lineWords.push({ text: fragment.text, x0: fragment.x0, x1: fragment.x1, top, bottom });
      }
    }
    const next = lines[lineIndex + 1]?.[0];
    const here = line[0] as Fragment;
    const gap = next ? Math.abs(here.baseline - next.baseline) : 0;
    const lineBreak: OcrWord['breakAfter'] =
      next && gap > Math.max(here.size, next.size) * PARAGRAPH_GAP ? 'paragraph' : 'line';
    lineWords.forEach((word, i) => {
      const [ax, ay] = apply(viewport, word.x0, word.top);
      const [bx, by] = apply(viewport, word.x1, word.bottom);
      words.push({
        text: word.text,
        confidence: 100,
        box: {
          x0: Math.round(Math.min(ax, bx)),
          y0: Math.round(Math.min(ay, by)),
          x1: Math.round(Math.max(ax, bx)),
          y1: Math.round(Math.max(ay, by)),
        },
        breakAfter: i === lineWords.length - 1 ? lineBreak : 'space',
      });
    });
  });
  return words;
}
