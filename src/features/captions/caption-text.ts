/**
 * Caption lines are literal: what the recogniser heard, never edited by
 * spoken commands ("full stop" stays two words). Only the look is tidied:
 * a capital at the start of each sentence, and "i" as "I" in English,
 * because recognisers send lower case and deaf readers read faster with
 * sentence shape (Ofcom's caption quality guidance asks for normal case).
 * Pure code.
 */

/** One final result as a caption line: spaces tidied, sentence capitals added. */
export function captionLine(text: string, lang: string): string {
  let line = text.replace(/\s+/gu, ' ').trim();
  if (!line) return '';
  if (lang.toLowerCase().startsWith('en'))
    line = line.replace(/(^|[\s"“(])i(?=$|[\s'’,.?!;:])/gu, '$1I');
  // The first letter of the line, and the first after a sentence's end mark.
  return line.replace(/(^|[.?!]\s+)([^\s\p{L}]*)(\p{Ll})/gu, (_m, lead, open, letter: string) => {
    return `${lead}${open}${letter.toLocaleUpperCase(lang)}`;
  });
}

/** The words of a line, lower case, without surrounding punctuation. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/**
 * "Words to expect" that appear in a line, as written in the list. A list
 * entry may be several words ("Mrs Okafor", "water cycle"): it counts when
 * all its words appear together, in order.
 */
export function expectedWordsIn(line: string, expected: readonly string[]): string[] {
  const said = ` ${words(line).join(' ')} `;
  return expected.filter((entry) => {
    const wanted = words(entry).join(' ');
    return wanted !== '' && said.includes(` ${wanted} `);
  });
}

/** The "Words to expect" box as a list: one entry per line or comma, duplicates dropped. */
export function parseExpectedWords(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[\n,;]+/u)) {
    const entry = raw.replace(/\s+/gu, ' ').trim();
    const key = entry.toLowerCase();
    if (!entry || seen.has(key) || entry.length > 60) continue;
    seen.add(key);
    out.push(entry);
  }
  return out.slice(0, 100);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Names and topic words from "Words to expect" written as the teacher wrote
 * them ("mr shah" → "Mr Shah"): recognisers send names in lower case, and a
 * deaf pupil reads a name faster with its capitals. Only the case changes.
 */
export function withExpectedCasing(line: string, expected: readonly string[]): string {
  let out = line;
  for (const entry of expected) {
    if (entry === entry.toLowerCase()) continue;
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${entry.split(' ').map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`,
      'giu',
    );
    out = out.replace(pattern, entry);
  }
  return out;
}
