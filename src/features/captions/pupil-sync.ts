/**
 * Messages between the teacher's captions window and the pupil view, over
 * the broadcast engine (BroadcastChannel). The teacher's window is the one
 * holder of the captions; the pupil view only shows the latest snapshot.
 * Snapshots are whole (recent lines, interim, presentation), so a lost or
 * reordered message heals with the next one, and a pupil view that (re)loads
 * asks for the current state with "hello". Pure code.
 */
import { type CaptionPresentation, readPresentation } from './presentation';

export const CAPTIONS_CHANNEL = 'captions';

/** More than the largest number of lines shown, so a wrapped line never leaves a gap. */
export const SNAPSHOT_LINES = 12;

export interface CaptionsSnapshot {
  kind: 'snapshot';
  /** Increases with every change in one teacher window, so an older snapshot never wins. */
  rev: number;
  /** Identifies the teacher window (a reload starts a new one, whose rev starts again). */
  source: string;
  lines: { n: number; text: string }[];
  interim: string;
  lang: string;
  presentation: CaptionPresentation;
}

/**
 * "hello": a pupil view asks for the captions (on load, or when asked "who").
 * "who": the teacher pressed Open pupil view, and a pupil view already open answers.
 * "bye": the teacher's window is leaving or reloading.
 */
export type CaptionsMessage =
  | CaptionsSnapshot
  | { kind: 'hello' }
  | { kind: 'who' }
  | { kind: 'bye' };

export function readMessage(raw: unknown): CaptionsMessage | null {
  if (!raw || typeof raw !== 'object') return null;
  const message = raw as Record<string, unknown>;
  if (message.kind === 'hello' || message.kind === 'who' || message.kind === 'bye') {
    return { kind: message.kind };
  }
  if (message.kind !== 'snapshot') return null;
  if (typeof message.rev !== 'number' || typeof message.source !== 'string') return null;
  if (!Array.isArray(message.lines)) return null;
  const lines = message.lines.filter(
    (line): line is { n: number; text: string } =>
      !!line && typeof line.n === 'number' && typeof line.text === 'string',
  );
  return {
    kind: 'snapshot',
    rev: message.rev,
    source: message.source,
    lines,
    interim: typeof message.interim === 'string' ? message.interim : '',
    lang: typeof message.lang === 'string' ? message.lang : 'en-GB',
    presentation: readPresentation(message.presentation),
  };
}

/** Whether `incoming` should replace what the pupil view shows now. */
export function isNewer(current: CaptionsSnapshot | null, incoming: CaptionsSnapshot): boolean {
  if (!current || current.source !== incoming.source) return true;
  return incoming.rev > current.rev;
}
