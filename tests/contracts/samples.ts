// The shipped sample both sides of each contract read: its known text and its size in pixels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLES = join(import.meta.dirname, '..', '..', 'public', 'samples');

export const CONTRACT_SAMPLE = 'clean-worksheet';

export function sampleText(id = CONTRACT_SAMPLE): string {
  return readFileSync(join(SAMPLES, `${id}.txt`), 'utf8');
}

/** Width and height from a PNG's header (IHDR, bytes 16–23). */
export function samplePngSize(id = CONTRACT_SAMPLE): { width: number; height: number } {
  const png = readFileSync(join(SAMPLES, `${id}.png`));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The PDF handout's text per page, as written: its second page begins at its second heading. */
export function handoutPages(): string[] {
  const text = sampleText('pdf-handout');
  const at = text.indexOf('Managing floods');
  return [text.slice(0, at), text.slice(at)];
}
