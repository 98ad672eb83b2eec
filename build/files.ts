import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as a path relative to it with forward slashes (`ocr/core/x.wasm`). */
export function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory()
      ? filesUnder(path, root)
      : [relative(root, path).split(sep).join('/')];
  });
}
