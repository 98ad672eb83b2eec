import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { allChecks } from '../src/domain/checks/all-checks';
import { parseCatalogue } from '../src/domain/exercises/parse-exercise';
import type { ParsedExercise } from '../src/domain/exercises/schema';

const INDEX_ID = 'virtual:exercises';
const CONTENT_ID = 'virtual:exercise-content';
/** The Markdown itself, for trainers exporting built-in exercises in a pack (lazy). */
const SOURCES_ID = 'virtual:exercise-sources';
const IDS = [INDEX_ID, CONTENT_ID, SOURCES_ID];

/** Every exercise file below `dir` (files starting with `_` are drafts and left out). */
function exerciseFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.md') && !name.split(sep).pop()?.startsWith('_'))
    .sort()
    .map((name) => join(dir, name));
}

/** Reads every `exercises/<tool>/*.md` below `root` and validates them as one catalogue. */
export function loadExercises(root: string, dir = join(root, 'exercises')): ParsedExercise[] {
  const files = exerciseFiles(dir).map((path) => ({
    file: relative(root, path).split(sep).join('/'),
    source: readFileSync(path, 'utf8'),
  }));
  return parseCatalogue(files, allChecks);
}

/**
 * Exercises are validated whenever the app builds or tests run: a malformed
 * file stops both with the file, the field and what was expected. The index
 * (small) ships with the app; the rendered prose is a separate, lazy chunk.
 */
export function exercisesPlugin(options: { dir?: string } = {}): Plugin {
  let root = process.cwd();
  const dir = () => options.dir ?? join(root, 'exercises');
  return {
    name: 'at-sandbox-exercises',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return IDS.includes(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!IDS.some((known) => id === `\0${known}`)) return undefined;
      let parsed: ParsedExercise[];
      try {
        parsed = loadExercises(root, dir());
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
      if (id === `\0${INDEX_ID}`) {
        return `export default ${JSON.stringify(parsed.map((p) => p.exercise))};`;
      }
      if (id === `\0${SOURCES_ID}`) {
        const sources = Object.fromEntries(
          parsed.map((p) => [
            p.exercise.id,
            {
              file: p.exercise.source.replace(/^exercises\//, ''),
              source: readFileSync(join(root, p.exercise.source), 'utf8'),
            },
          ]),
        );
        return `export default ${JSON.stringify(sources)};`;
      }
      const content = Object.fromEntries(parsed.map((p) => [p.exercise.id, p.content]));
      return `export default ${JSON.stringify(content)};`;
    },
    configureServer(server) {
      // The dev server reloads when an exercise file changes (validated again on load).
      server.watcher.add(dir());
      server.watcher.on('change', (file) => {
        if (!file.startsWith(dir()) || !file.endsWith('.md')) return;
        for (const id of IDS) {
          const mod = server.moduleGraph.getModuleById(`\0${id}`);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
