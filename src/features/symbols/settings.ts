import { BOARD_SIZES, type BoardSize } from './board-layout';
import { SCAN_SPEED } from './scanning';
import { PARTS_OF_SPEECH, type PartOfSpeech, type SymbolWord } from './vocabulary';

export type ShowMode = 'both' | 'symbols' | 'words';

export const SHOW_LABELS: Record<ShowMode, string> = {
  both: 'Symbols and words',
  symbols: 'Symbols only',
  words: 'Words only',
};

export interface BoardSettings {
  size: BoardSize;
  show: ShowMode;
  speakEachWord: boolean;
  scanSpeedMs: number;
}

export const DEFAULT_SETTINGS: BoardSettings = {
  size: 6,
  show: 'both',
  speakEachWord: false,
  scanSpeedMs: SCAN_SPEED.initial,
};

const record = (raw: unknown): Record<string, unknown> =>
  raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};

export function parseSettings(raw: unknown): BoardSettings {
  const r = record(raw);
  const size = BOARD_SIZES.find((s) => s === r.size) ?? DEFAULT_SETTINGS.size;
  const show = (['both', 'symbols', 'words'] as const).find((s) => s === r.show) ?? 'both';
  const speed =
    typeof r.scanSpeedMs === 'number' &&
    r.scanSpeedMs >= SCAN_SPEED.min &&
    r.scanSpeedMs <= SCAN_SPEED.max
      ? r.scanSpeedMs
      : SCAN_SPEED.initial;
  return { size, show, speakEachWord: r.speakEachWord === true, scanSpeedMs: speed };
}

/** The teacher's own words, kept only if each still has a word, a symbol and a known word class. */
export function parseOwnWords(raw: unknown): SymbolWord[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const r = record(item);
    const pos = PARTS_OF_SPEECH.find((p) => p.id === r.pos)?.id as PartOfSpeech | undefined;
    return typeof r.word === 'string' && r.word.trim() && typeof r.hex === 'string' && pos
      ? [{ word: r.word.trim(), hex: r.hex, pos }]
      : [];
  });
}

export interface TimetableStep {
  /** What the step says (a board word or the teacher's own). */
  label: string;
  hex: string;
  /** True when the teacher typed their own words for it. */
  own: boolean;
}

export function parseTimetable(raw: unknown): TimetableStep[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const r = record(item);
    return typeof r.label === 'string' && r.label.trim() && typeof r.hex === 'string'
      ? [{ label: r.label.trim(), hex: r.hex, own: r.own === true }]
      : [];
  });
}
