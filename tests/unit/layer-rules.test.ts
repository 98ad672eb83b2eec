// The layer rules in biome.json make `npm run lint` fail on a layer break. Each probe below is
// linted with the project's own biome.json, in a throwaway tree under the system temp folder:
// nothing is written into src/. (Biome's --stdin-file-path mode prints no diagnostics by design,
// so it cannot show which rule fired; a copied config with the same relative paths can.)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIOME = join(ROOT, 'node_modules', '.bin', 'biome');
const RULE = 'lint/style/noRestrictedImports';

interface Probe {
  path: string;
  source: string;
}

const BREAKS: Record<string, Probe> = {
  'an engine importing a feature': {
    path: 'src/engines/synthesis/probe.ts',
    source: "import { estimateDuration } from '../../features/read-aloud/reading/timing';",
  },
  'an engine importing the store': {
    path: 'src/engines/storage/probe.ts',
    source: "import { createAppStore } from '../../store/create-app-store';",
  },
  'domain code importing React': {
    path: 'src/domain/checks/probe.ts',
    source: "import { useState } from 'react';",
  },
  'domain code importing a feature': {
    path: 'src/domain/exercises/probe.ts',
    source: "import { applyPhrase } from '../../features/dictation/grammar';",
  },
  'a feature importing a sibling feature': {
    path: 'src/features/progress/probe.ts',
    source: "import { TOOL_LABELS } from '../exercises/labels';",
  },
  'a feature importing another feature from a nested folder': {
    path: 'src/features/read-aloud/reading/probe.ts',
    source: "import { applyPhrase } from '../../dictation/grammar';",
  },
  'a feature importing another feature by its features/ path': {
    path: 'src/features/vision/probe.ts',
    source: "import { Magnifier } from '../../features/magnifier/magnifier';",
  },
};

const CLEAN: Record<string, Probe> = {
  'an engine importing its own and another engine’s modules': {
    path: 'src/engines/synthesis/probe-clean.ts',
    source:
      "import { withTimeout } from '../with-timeout';\nimport { Speech } from './synthesis-engine';",
  },
  'domain code importing domain code and a library': {
    path: 'src/domain/checks/probe-clean.ts',
    source:
      "import { z } from 'zod/mini';\nimport { defineCheck } from '../exercises/check-registry';",
  },
  'a feature importing its own files, domain, shared, store and engines': {
    path: 'src/features/read-aloud/reading/probe-clean.ts',
    source: [
      "import { parseDocument } from '../reading-document';",
      "import { TOOL_LABELS } from '../../../domain/exercises/labels';",
      "import { announce } from '../../../shared/announcer';",
      "import { useAppStore } from '../../../store/store-context';",
      "import { Speech } from '../../../engines/synthesis/synthesis-engine';",
    ].join('\n'),
  },
};

let tree = '';

/** Diagnostics by probe path, from one Biome run over the whole throwaway tree. */
let found: Map<string, { category: string; message: string }[]>;

beforeAll(() => {
  tree = mkdtempSync(join(tmpdir(), 'layer-rules-'));
  const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8'));
  delete config.$schema;
  config.vcs = { enabled: false };
  writeFileSync(join(tree, 'biome.json'), JSON.stringify(config));
  for (const probe of [...Object.values(BREAKS), ...Object.values(CLEAN)]) {
    const file = join(tree, probe.path);
    mkdirSync(dirname(file), { recursive: true });
    // Every import is used, so the only diagnostic a probe can earn is the layer rule.
    const names = [...probe.source.matchAll(/import \{ (\w+) \}/g)].map((m) => m[1]);
    writeFileSync(file, `${probe.source}\n\nexport const used = [${names.join(', ')}];\n`);
  }
  let output: string;
  try {
    output = execFileSync(BIOME, ['lint', '--reporter=json', '--max-diagnostics=none', 'src'], {
      cwd: tree,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    // Biome exits 1 when it finds errors, which is what the breaks are for.
    output = (error as { stdout: string }).stdout;
  }
  const report = JSON.parse(output) as {
    diagnostics: { category: string; message: string; location: { path: string } }[];
  };
  found = new Map();
  for (const d of report.diagnostics) {
    const list = found.get(d.location.path) ?? [];
    list.push({ category: d.category, message: d.message });
    found.set(d.location.path, list);
  }
}, 30_000);

afterAll(() => {
  if (tree) rmSync(tree, { recursive: true, force: true });
});

describe('npm run lint fails on a layer break', () => {
  it.each(Object.entries(BREAKS))('reports %s', (_, probe) => {
    const diagnostics = found.get(probe.path) ?? [];
    expect(diagnostics.map((d) => d.category)).toContain(RULE);
  });

  it.each(Object.entries(CLEAN))('accepts %s', (_, probe) => {
    expect(found.get(probe.path) ?? []).toEqual([]);
  });

  it('tells the person what to do instead', () => {
    const [diagnostic] = found.get(BREAKS['a feature importing a sibling feature']!.path) ?? [];
    expect(diagnostic?.message).toMatch(/never import each other/);
    expect(diagnostic?.message).toMatch(/src\/domain\/|src\/shared\//);
  });
});

describe('the feature rule covers every feature', () => {
  const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8')) as {
    overrides: {
      includes: string[];
      linter?: {
        rules?: {
          style?: { noRestrictedImports?: { options: { patterns: { group: string[] }[] } } };
        };
      };
    }[];
  };
  const features = readdirSync(join(ROOT, 'src', 'features'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  it.each(features)('src/features/%s/ may import no other feature', (feature) => {
    const override = config.overrides.find((o) =>
      o.includes.includes(`src/features/${feature}/**`),
    );
    expect(override, `biome.json has no layer override for src/features/${feature}/`).toBeDefined();
    const groups = override?.linter?.rules?.style?.noRestrictedImports?.options.patterns ?? [];
    const restricted = groups.flatMap((p) => p.group);
    for (const other of features.filter((f) => f !== feature)) {
      expect(restricted).toContain(`../${other}/**`);
      expect(restricted).toContain(`**/features/${other}/**`);
    }
  });
});
