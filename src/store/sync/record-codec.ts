/**
 * How one persisted value is stored: its JSON `state`, a revision that goes up
 * by one on every write, and the generation it was written in. "Clear my
 * data" starts a new generation, and a record from an older one is treated as
 * absent, so a tab that missed the clear cannot bring deleted data back.
 */
export interface StoredRecord {
  state: unknown;
  rev: number;
  gen: string;
}

/** Where the current generation is kept. Absent until the first clear: everything is generation "0". */
export const GENERATION_KEY = 'app:generation';
export const FIRST_GENERATION = '0';

/** Revision and generation first, so a write can check them without parsing a long value. */
export function encodeRecord(record: StoredRecord): string {
  return JSON.stringify({ rev: record.rev, gen: record.gen, state: record.state });
}

const HEAD = /^\{"rev":(\d+),"gen":("(?:[^"\\]|\\.)*")/;

/** The revision and generation of an encoded record, read from its start; null for anything else. */
export function peekRecord(raw: string | null): { rev: number; gen: string } | null {
  const match = raw ? HEAD.exec(raw) : null;
  if (!match?.[1] || !match[2]) return null;
  return { rev: Number(match[1]), gen: JSON.parse(match[2]) as string };
}

/**
 * Reads a stored string. Values saved before records existed (a bare string,
 * a JSON settings object, Zustand's `{ state, version }`) come back as
 * revision 0 of the first generation, so an upgrade keeps them.
 */
export function decodeRecord(raw: string | null): StoredRecord | null {
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { state: raw, rev: 0, gen: FIRST_GENERATION };
  }
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && 'state' in parsed) {
    const { state, rev, gen } = parsed as Partial<StoredRecord>;
    if (typeof rev === 'number' && typeof gen === 'string') return { state, rev, gen };
    // Zustand persist's own shape, from before this layer.
    if ('version' in parsed) return { state, rev: 0, gen: FIRST_GENERATION };
  }
  return { state: parsed, rev: 0, gen: FIRST_GENERATION };
}

export function decodeGeneration(raw: string | null): string {
  return raw ?? FIRST_GENERATION;
}

/** A new generation id that no other tab can have made. */
export function newGeneration(now: number): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
