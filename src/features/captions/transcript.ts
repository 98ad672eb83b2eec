/**
 * The transcript: every caption line with the time it was committed, kept on
 * this device, saved as plain text on request. Pure code.
 */

export interface TranscriptLine {
  /** Running number, so the pupil view and lists can key lines stably. */
  n: number;
  /** When the line was committed (ms since epoch). */
  at: number;
  text: string;
  via: 'voice' | 'typed';
}

/** About three hours of speech: enough for a school day's lessons, small enough to save on every line. */
export const TRANSCRIPT_LIMIT = 5000;

export function appendLine(
  lines: readonly TranscriptLine[],
  text: string,
  at: number,
  via: 'voice' | 'typed',
): TranscriptLine[] {
  const n = (lines[lines.length - 1]?.n ?? 0) + 1;
  const next = [...lines, { n, at, text, via }];
  if (next.length > TRANSCRIPT_LIMIT) next.splice(0, next.length - TRANSCRIPT_LIMIT);
  return next;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** "00:01:05": time since the transcript's first line. */
export function elapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** The saved file: a heading line with the date, then one "[hh:mm:ss] line" per caption. */
export function transcriptText(lines: readonly TranscriptLine[]): string {
  const first = lines[0];
  if (!first) return '';
  const started = new Date(first.at).toLocaleString('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
  });
  const body = lines.map((line) => `[${elapsed(line.at - first.at)}] ${line.text}`);
  return [`Live captions transcript, started ${started}`, '', ...body, ''].join('\n');
}

/** "captions-2026-11-30-2253.txt", from the first line's time. */
export function transcriptFileName(lines: readonly TranscriptLine[], now: number): string {
  const date = new Date(lines[0]?.at ?? now);
  return `captions-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}.txt`;
}

/** The transcript as one passage, for scoring against a script. */
export function transcriptWords(lines: readonly TranscriptLine[]): string {
  return lines.map((line) => line.text).join(' ');
}

/** A saved transcript, checked line by line: damaged entries are dropped, never the whole record. */
export function readTranscript(raw: unknown): TranscriptLine[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (line): line is TranscriptLine =>
      !!line &&
      typeof line === 'object' &&
      typeof line.n === 'number' &&
      typeof line.at === 'number' &&
      typeof line.text === 'string' &&
      (line.via === 'voice' || line.via === 'typed'),
  );
}
