import { describe, expect, it } from 'vitest';
import type { OcrWord } from '../../src/engines/ocr/ocr-engine';
import { joinTableRows, type LaidOutLine, wordsOfLines } from '../../src/engines/ocr/table-rows';
import { pageWords } from '../../src/engines/ocr/tesseract-ocr';
import { layoutWords } from '../../src/features/read-aloud/ocr-document';

/**
 * A line as tesseract lays it out: phrases placed at x (words 12 px a letter,
 * 10 px apart), 20 px tall at y, in a block.
 */
function line(block: number, y: number, cells: [number, string][], endsParagraph = false) {
  const words: OcrWord[] = [];
  for (const [left, phrase] of cells) {
    let x = left;
    for (const text of phrase.split(' ')) {
      words.push({
        text,
        confidence: 95,
        box: { x0: x, y0: y, x1: x + text.length * 12, y1: y + 20 },
        breakAfter: 'space',
      });
      x += text.length * 12 + 10;
    }
  }
  return { block, words, endsParagraph } satisfies LaidOutLine;
}

const text = (lines: LaidOutLine[]) => layoutWords(wordsOfLines(joinTableRows(lines)));

describe('joinTableRows', () => {
  it('puts a table column tesseract read after the table back into its rows', () => {
    // As tesseract read the "Maths Club" photo once its rules were erased.
    const lines = [
      line(0, 40, [[80, 'Maths Club']], true),
      line(1, 100, [
        [80, 'Day'],
        [300, 'Time'],
        [500, 'Room'],
      ]),
      line(1, 150, [
        [80, 'Monday'],
        [300, '3:15 pm'],
        [500, 'Room 6'],
      ]),
      line(
        1,
        200,
        [
          [80, 'Friday'],
          [300, '12:30 pm'],
          [500, 'Hall'],
        ],
        true,
      ),
      line(2, 260, [[80, 'Please bring a pencil.']], true),
      line(3, 101, [[700, 'Topic']]),
      line(3, 151, [[700, 'Fractions']], true),
      line(3, 199, [[700, 'Maths games']], true),
    ];
    expect(text(lines)).toBe(
      'Maths Club\n\nDay Time Room Topic\nMonday 3:15 pm Room 6 Fractions\n' +
        'Friday 12:30 pm Hall Maths games\n\nPlease bring a pencil.',
    );
  });

  it('joins rows whose header is a block of its own', () => {
    const lines = [
      line(
        0,
        100,
        [
          [80, 'Day'],
          [300, 'Time'],
        ],
        true,
      ),
      line(1, 150, [
        [80, 'Monday'],
        [300, '3:15 pm'],
      ]),
      line(
        1,
        200,
        [
          [80, 'Friday'],
          [300, '12:30 pm'],
        ],
        true,
      ),
      line(2, 100, [[600, 'Topic']]),
      line(2, 150, [[600, 'Fractions']]),
      line(2, 200, [[600, 'Maths games']], true),
    ];
    expect(text(lines)).toBe(
      'Day Time Topic\n\nMonday 3:15 pm Fractions\nFriday 12:30 pm Maths games',
    );
  });

  it('keeps every word with its box, each once', () => {
    const lines = [
      line(0, 100, [
        [80, 'Day'],
        [300, 'Time'],
      ]),
      line(1, 100, [[600, 'Topic']]),
    ];
    const words = wordsOfLines(joinTableRows(lines));
    expect(words.map((w) => [w.text, w.box.x0])).toEqual([
      ['Day', 80],
      ['Time', 300],
      ['Topic', 600],
    ]);
    expect(words.map((w) => w.breakAfter)).toEqual(['space', 'space', 'line']);
  });

  it('leaves two columns of prose in column order (their lines have no wide gaps)', () => {
    const lines = [
      line(0, 100, [[80, 'They built straight roads']]),
      line(0, 130, [[80, 'so that soldiers could']], true),
      line(1, 100, [[500, 'The Romans also built']]),
      line(1, 130, [[500, 'towns with baths.']], true),
    ];
    expect(text(lines)).toBe(
      'They built straight roads so that soldiers could\n\nThe Romans also built towns with baths.',
    );
  });

  it('leaves a block alone when one of its lines has no row beside it', () => {
    const lines = [
      line(0, 100, [
        [80, 'Day'],
        [300, 'Time'],
      ]),
      line(
        0,
        150,
        [
          [80, 'Monday'],
          [300, '3:15 pm'],
        ],
        true,
      ),
      line(1, 100, [[600, 'Topic']]),
      line(1, 400, [[600, 'A note at the foot of the page.']], true),
    ];
    expect(joinTableRows(lines)).toEqual(lines);
  });
});

describe('pageWords', () => {
  it("gives tesseract's words in reading order, a table's last column back in its rows", () => {
    const block = (...lines: LaidOutLine[]) => ({
      paragraphs: lines.map((l) => ({
        lines: [
          {
            words: l.words.map((w) => ({
              text: w.text,
              confidence: w.confidence,
              bbox: w.box,
            })),
          },
        ],
      })),
    });
    const page = {
      blocks: [
        block(
          line(0, 100, [
            [80, 'Day'],
            [300, 'Time'],
          ]),
          line(0, 150, [
            [80, 'Monday'],
            [300, '3:15 pm'],
          ]),
        ),
        block(line(1, 220, [[80, 'Bring a pencil.']])),
        block(line(2, 100, [[600, 'Topic']]), line(2, 150, [[600, 'Fractions']])),
      ],
    } as unknown as Parameters<typeof pageWords>[0];
    expect(layoutWords(pageWords(page))).toBe(
      'Day Time Topic\n\nMonday 3:15 pm Fractions\n\nBring a pencil.',
    );
  });
});
