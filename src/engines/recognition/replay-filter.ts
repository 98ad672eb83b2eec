/**
 * Makes each recognised phrase appear once, whatever the browser replays.
 * Pure: fed the result list of each `result` event, it returns the phrases
 * that are new and the current interim guess. Known patterns it absorbs:
 *
 * - `resultIndex` going back to 0 and earlier finals delivered again
 *   (Chrome on Android, and after some network hiccups on desktop);
 * - a final that repeats all earlier finals of the session and adds the new
 *   words ("hello" then "hello world": Chrome on Android in continuous mode);
 * - a duplicate final with confidence 0 (Chrome on Android);
 * - after an unexpected end, a new session that starts by repeating the
 *   words we kept from the interim guess (see `carry`).
 *
 * A limit: if someone really does say "very" and then "very good" as two
 * phrases, the second is read as a cumulative repeat and gives "good".
 */
import type { RecognisedPhrase, RecognitionAlternative } from './recognition-engine';

export interface ResultLike {
  isFinal: boolean;
  alternatives: RecognitionAlternative[];
}

export interface FilterOutput {
  finals: RecognisedPhrase[];
  interim: string;
  /** Finals that were replays and were dropped (for the trainer view). */
  ignored: string[];
}

const key = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');
const words = (text: string) => text.trim().split(/\s+/u).filter(Boolean);

/** If `text` starts with every word of `prefix` (ignoring case and punctuation), the rest of it. */
export function stripPrefixWords(text: string, prefix: string): string | null {
  const head = words(prefix).map(key);
  const all = words(text);
  if (head.length === 0 || all.length < head.length) return null;
  for (let i = 0; i < head.length; i += 1) if (key(all[i] as string) !== head[i]) return null;
  return all.slice(head.length).join(' ');
}

export class ReplayFilter {
  /** Final transcripts by result index, this session. */
  private byIndex: string[] = [];
  /** What this session has emitted, in order. */
  private emitted: string[] = [];
  /** Words kept from an interim guess when the last session ended unexpectedly. */
  private carry = '';

  /** A new recognition session starts (results are numbered from 0 again). */
  newSession(carry = ''): void {
    this.byIndex = [];
    this.emitted = [];
    this.carry = carry;
  }

  accept(results: readonly ResultLike[]): FilterOutput {
    const output: FilterOutput = { finals: [], interim: '', ignored: [] };
    const interimParts: string[] = [];
    results.forEach((result, index) => {
      const best = result.alternatives[0];
      if (!best) return;
      const transcript = best.transcript.trim();
      if (!result.isFinal) {
        interimParts.push(transcript);
        return;
      }
      if (this.byIndex[index] !== undefined && key(this.byIndex[index]) === key(transcript)) return;
      const sessionSoFar = this.emitted.join(' ');
      const earlierHere = this.byIndex[index];
      this.byIndex[index] = transcript;
      let fresh = transcript;
      const afterSession = stripPrefixWords(transcript, sessionSoFar);
      const afterSame =
        earlierHere === undefined ? null : stripPrefixWords(transcript, earlierHere);
      if (afterSession !== null && words(transcript).length > words(sessionSoFar).length) {
        fresh = afterSession;
      } else if (afterSession === '' || afterSame === '') {
        fresh = '';
      } else if (afterSame !== null) {
        fresh = afterSame;
      } else if (
        best.confidence === 0 &&
        this.emitted.some((phrase) => key(phrase) === key(transcript))
      ) {
        fresh = '';
      }
      if (this.carry && fresh) {
        const afterCarry = stripPrefixWords(fresh, this.carry);
        if (afterCarry !== null) fresh = afterCarry;
        this.carry = '';
      }
      if (!fresh) {
        output.ignored.push(transcript);
        return;
      }
      this.emitted.push(fresh);
      output.finals.push({
        text: fresh,
        confidence: best.confidence,
        alternatives: result.alternatives.slice(1),
      });
    });
    let interim = interimParts.join(' ').trim();
    const sessionSoFar = this.emitted.join(' ');
    const interimAfterSession = sessionSoFar ? stripPrefixWords(interim, sessionSoFar) : null;
    if (interimAfterSession !== null && interimAfterSession !== '') interim = interimAfterSession;
    if (this.carry) {
      const afterCarry = stripPrefixWords(interim, this.carry);
      if (afterCarry !== null) interim = afterCarry;
    }
    output.interim = interim;
    return output;
  }
}
