/**
 * The symbol board's words. Core words are the small set that makes up most
 * of what young children say (I, want, more, stop, go, not…), in the order
 * they are placed on the board; topic words ("fringe" vocabulary) live on
 * topic pages. Each symbol is an OpenMoji hexcode (color/svg/<hex>.svg in the
 * `openmoji` package, CC BY-SA 4.0); build/symbols-assets-plugin.ts ships
 * only these and fails the build if one is missing.
 */

/** Fitzgerald-key-like word classes; each has a colour and a shape, so colour is never the only cue. */
export type PartOfSpeech = 'people' | 'action' | 'describe' | 'social' | 'question' | 'little';

export const PARTS_OF_SPEECH: readonly {
  id: PartOfSpeech;
  label: string;
  shape: 'circle' | 'triangle' | 'square' | 'diamond' | 'star' | 'bar';
}[] = [
  { id: 'people', label: 'People and pronouns', shape: 'circle' },
  { id: 'action', label: 'Doing words (verbs)', shape: 'triangle' },
  { id: 'describe', label: 'Describing words', shape: 'square' },
  { id: 'question', label: 'Questions', shape: 'diamond' },
  { id: 'social', label: 'Social words', shape: 'star' },
  { id: 'little', label: 'Little words and things', shape: 'bar' },
];

export interface SymbolWord {
  /** What the button says and is named by; unique across the whole board. */
  word: string;
  /** OpenMoji hexcode of its symbol. */
  hex: string;
  pos: PartOfSpeech;
}

const w = (word: string, hex: string, pos: PartOfSpeech): SymbolWord => ({ word, hex, pos });

/** Placed row by row; the first row of the board stays put on every page. */
export const CORE_WORDS: readonly SymbolWord[] = [
  w('I', '1F64B', 'people'),
  w('want', '1F932', 'action'),
  w('more', '2795', 'describe'),
  w('stop', '1F6D1', 'action'),
  w('help', 'E083', 'action'),
  w('not', '1F6AB', 'little'),
  w('go', '1F7E2', 'action'),
  w('like', '1F44D', 'action'),
  w('you', '1FAF5', 'people'),
  w('yes', '2705', 'social'),
  w('no', '274C', 'social'),
  w('finished', '1F3C1', 'social'),
  w('what', '2753', 'question'),
  w('where', '1F5FA', 'question'),
  w('who', '1F465', 'question'),
  w('look', '1F440', 'action'),
  w('eat', '1F37D', 'action'),
  w('drink', '1F964', 'action'),
  w('play', '1F9F8', 'action'),
  w('make', '1F6E0', 'action'),
  w('get', '1F91A', 'action'),
  w('put', '1F4E6', 'action'),
  w('open', '1F513', 'action'),
  w('turn', '1F504', 'action'),
  w('come', '1F6B6', 'action'),
  w('feel', '2764', 'action'),
  w('hello', '1F44B', 'social'),
  w('please', '1F97A', 'social'),
  w('thank you', '1F917', 'social'),
  w('good', '1F44C', 'describe'),
  w('bad', '1F44E', 'describe'),
  w('big', '1F418', 'describe'),
  w('little', '1F401', 'describe'),
  w('again', '1F501', 'describe'),
  w('different', '1F500', 'describe'),
  w('all', '1F4AF', 'describe'),
  w('now', '23F0', 'describe'),
  w('in', '1F4E5', 'little'),
  w('out', '1F4E4', 'little'),
  w('on', '1F51B', 'little'),
  w('up', '2B06', 'little'),
  w('down', '2B07', 'little'),
  w('here', '1F4CD', 'little'),
  w('that', '1F449', 'little'),
  w('this', '1F447', 'little'),
];

export type TopicId = 'food' | 'feelings' | 'classroom' | 'playground' | 'personal-care' | 'own';

export interface Topic {
  id: TopicId;
  /** The folder button's name; never the same as a word. */
  label: string;
  hex: string;
  words: readonly SymbolWord[];
}

export const TOPICS: readonly Topic[] = [
  {
    id: 'food',
    label: 'Food',
    hex: '1F34E',
    words: [
      w('apple', '1F34E', 'little'),
      w('banana', '1F34C', 'little'),
      w('biscuit', '1F36A', 'little'),
      w('bread', '1F35E', 'little'),
      w('milk', '1F95B', 'little'),
      w('water', '1F4A7', 'little'),
      w('juice', '1F9C3', 'little'),
      w('sandwich', '1F96A', 'little'),
      w('pizza', '1F355', 'little'),
      w('cheese', '1F9C0', 'little'),
      w('grapes', '1F347', 'little'),
      w('carrot', '1F955', 'little'),
      w('pasta', '1F35D', 'little'),
      w('rice', '1F35A', 'little'),
      w('cake', '1F382', 'little'),
      w('potato', '1F954', 'little'),
    ],
  },
  {
    id: 'feelings',
    label: 'Feelings',
    hex: '1F600',
    words: [
      w('happy', '1F600', 'describe'),
      w('sad', '1F622', 'describe'),
      w('angry', '1F620', 'describe'),
      w('scared', '1F628', 'describe'),
      w('tired', '1F62B', 'describe'),
      w('excited', '1F929', 'describe'),
      w('worried', '1F61F', 'describe'),
      w('calm', '1F60C', 'describe'),
      w('poorly', '1F912', 'describe'),
      w('hurt', '1F915', 'describe'),
      w('silly', '1F61C', 'describe'),
      w('surprised', '1F62E', 'describe'),
      w('bored', '1F971', 'describe'),
    ],
  },
  {
    id: 'classroom',
    label: 'Classroom',
    hex: '1F3EB',
    words: [
      w('book', '1F4D6', 'little'),
      w('pencil', '270F', 'little'),
      w('paper', '1F4C4', 'little'),
      w('scissors', '2702', 'little'),
      w('computer', '1F4BB', 'little'),
      w('teacher', '1F9D1-200D-1F3EB', 'people'),
      w('chair', '1FA91', 'little'),
      w('listen', '1F442', 'action'),
      w('write', '1F4DD', 'action'),
      w('read', '1F4DA', 'action'),
      w('draw', '1F3A8', 'action'),
      w('quiet', '1F92B', 'describe'),
      w('tidy up', '1F9F9', 'action'),
      w('music', '1F3B5', 'little'),
      w('maths', '1F522', 'little'),
      w('bag', '1F392', 'little'),
    ],
  },
  {
    id: 'playground',
    label: 'Playground',
    hex: '26BD',
    words: [
      w('ball', '26BD', 'little'),
      w('slide', '1F6DD', 'little'),
      w('roundabout', '1F3A0', 'little'),
      w('run', '1F3C3', 'action'),
      w('climb', '1F9D7', 'action'),
      w('friend', '1F46B', 'people'),
      w('bike', '1F6B2', 'little'),
      w('scooter', '1F6F4', 'little'),
      w('hide', '1F648', 'action'),
      w('outside', '1F333', 'little'),
      w('bubbles', '1FAE7', 'little'),
      w('sun', '2600', 'little'),
      w('rain', '1F327', 'little'),
      w('coat', '1F9E5', 'little'),
      w('sandpit', '1F3D6', 'little'),
    ],
  },
  {
    id: 'personal-care',
    label: 'Personal care',
    hex: '1F6BD',
    words: [
      w('toilet', '1F6BD', 'little'),
      w('wash hands', 'E0B2', 'action'),
      w('soap', '1F9FC', 'little'),
      w('toilet paper', '1F9FB', 'little'),
      w('toothbrush', '1FAA5', 'little'),
      w('nose', '1F443', 'little'),
      w('plaster', '1FA79', 'little'),
      w('medicine', '1F48A', 'little'),
      w('glasses', '1F453', 'little'),
      w('hearing aid', '1F9BB', 'little'),
      w('wheelchair', '1F9BD', 'little'),
      w('clothes', '1F455', 'little'),
      w('shoes', '1F45F', 'little'),
      w('wet', '1F4A6', 'describe'),
      w('hot', '1F975', 'describe'),
      w('cold', '1F976', 'describe'),
    ],
  },
];

/** The folder for the teacher's own words, shown once there is at least one. */
export const OWN_WORDS_TOPIC: Omit<Topic, 'words'> = { id: 'own', label: 'My words', hex: '1F4C1' };

/** Symbols the timetable offers for common parts of a school day, beside the board's words. */
export const TIMETABLE_EXTRAS: readonly SymbolWord[] = [
  w('register', '1F9D2', 'little'),
  w('assembly', '1F3EB', 'little'),
  w('lunch', '1F96A', 'little'),
  w('home time', '1F468-200D-1F469-200D-1F467', 'little'),
  w('calendar', '1F4C5', 'little'),
];

/** Every hexcode the board and timetable use (the set the build must ship). */
export function usedHexcodes(): string[] {
  const all = [
    ...CORE_WORDS,
    ...TOPICS.flatMap((topic) => [...topic.words, { hex: topic.hex }]),
    { hex: OWN_WORDS_TOPIC.hex },
    ...TIMETABLE_EXTRAS,
  ];
  return [...new Set(all.map((item) => item.hex))].sort();
}

/** Where a symbol is served from: relative to the page, so any static host and folder works. */
export function symbolUrl(hex: string): string {
  return `symbols/${hex}.svg`;
}

/** Pixels across of the pictures drawn for board cells: a cell's picture at up to 80 CSS px, on a 2× screen. */
export const CELL_PICTURE_PX = 160;

let drawn: ReadonlySet<string> | null = null;

/**
 * The picture for a board cell (and the message bar, which shows the same
 * pictures smaller). The board's own symbols are shipped drawn as PNGs
 * besides their SVGs: a page switch paints 64 pictures, and a bitmap paints as
 * one image where an SVG picture is a whole drawing replayed (page switch CPU
 * p95 at 8 × 8 about a quarter lower, docs/symbols.md). A teacher's own word
 * with a symbol from "Find a symbol" outside that set keeps its SVG; the
 * timetable's large cards and printing keep the SVG everywhere, sharp at any size.
 */
export function cellPictureUrl(hex: string): string {
  drawn ??= new Set(usedHexcodes());
  return drawn.has(hex) ? `symbols/${hex}.png` : symbolUrl(hex);
}
