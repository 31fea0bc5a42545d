// The generator's layout as ARCHITECTURE.md describes it, held by a test so that it stays true:
// no import cycles; each layer imports only the layers below it; a language folder never
// imports another language's; every language folder has the same files for the same concerns.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cases.js';

const GENERATOR = join(ROOT, 'generator');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sources(path);
    return entry.endsWith('.ts') ? [path] : [];
  });
}

/** File (relative to generator/) -> the generator files it imports (static and dynamic, types too). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(GENERATOR)) {
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
    const targets = specifiers.map((s) => relative(GENERATOR, resolve(dirname(file), s)).replace(/\.js$/, '.ts'));
    graph.set(relative(GENERATOR, file), targets);
  }
  return graph;
}

const graph = importGraph();

/** The first import cycle found by depth-first search, as a path that ends where it starts; or null. */
function findCycle(): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === 'done') return null;
    if (state.get(file) === 'open') return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle !== null) return cycle;
    }
    stack.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle !== null) return cycle;
  }
  return null;
}

/** The layer a file belongs to: its first folder below generator/ (targets/<lang> counts as its language). */
function layer(file: string): string {
  const parts = file.split('/');
  if (parts.length === 1) return 'top';
  if (parts[0] === 'targets') return parts.length === 2 ? 'targets' : parts[1] === 'shared' ? 'targets/shared' : 'targets/<lang>';
  return parts[0]!;
}

/**
 * A language folder may import its own runtime's modules (templates/<lang>/runtime/): the code it
 * must predict exactly, used as is rather than written twice. targets/shared may import the
 * TypeScript runtime's, the one runtime in the generator's own language, whose meaning the other
 * three share (the official suite checks it): shared/schema-reach.ts resolves $refs with its
 * uri.ts for every language's compiled checks. regex/ may too: it checks the schema's examples
 * with the linear-time matcher every runtime carries (budget.ts), the one its programs are for.
 */
function ownRuntime(file: string, target: string): boolean {
  const language = /^targets\/([^/]+)\//.exec(file)?.[1];
  if (language === 'shared' || file.startsWith('regex/')) return target.startsWith('../templates/typescript/runtime/');
  return language !== undefined && target.startsWith(`../templates/${language}/runtime/`);
}

/** Top-level modules every layer may use: the error types, the package root, listing a folder. */
const UTILITIES = ['errors.ts', 'package-root.ts', 'files.ts'];

/** What each layer may import, besides its own folder and the utilities. */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  model: [],
  regex: ['model'],
  stages: ['model', 'regex'],
  'targets/shared': ['model', 'targets'],
  targets: ['model', 'targets/shared', 'targets/<lang>'], // target.ts, and index.ts: the registry
  'targets/<lang>': ['model', 'regex', 'targets', 'targets/shared', 'render'],
  render: ['model', 'stages'],
  write: [],
  // The browser page wires the in-memory pipeline (pipeline.ts, config.ts) into a worker; nothing imports it.
  playground: ['top', 'model', 'render', 'stages', 'targets'],
};

describe('generator/ layout (see ARCHITECTURE.md)', () => {
  it('has no import cycle', () => {
    expect(findCycle()).toBeNull();
  });

  it('each layer imports only the layers below it', () => {
    const breaches: string[] = [];
    for (const [file, imports] of graph) {
      const from = layer(file);
      const allowed = MAY_IMPORT[from];
      if (allowed === undefined) continue; // the top level (cli, index, config) wires everything
      for (const target of imports) {
        const to = layer(target);
        if (to === from || UTILITIES.includes(target) || allowed.includes(to) || ownRuntime(file, target)) continue;
        breaches.push(`${file} -> ${target}`);
      }
    }
    expect(breaches).toEqual([]);
  });

  it('a language folder never imports another language folder', () => {
    const crossings = [...graph].flatMap(([file, imports]) => {
      const own = file.split('/')[1];
      if (layer(file) !== 'targets/<lang>') return [];
      return imports.filter((t) => layer(t) === 'targets/<lang>' && t.split('/')[1] !== own).map((t) => `${file} -> ${t}`);
    });
    expect(crossings).toEqual([]);
  });

  it('every language folder has the same files for the same concerns', () => {
    const languages = readdirSync(join(GENERATOR, 'targets')).filter((d) => d !== 'shared' && statSync(join(GENERATOR, 'targets', d)).isDirectory());
    expect(languages.sort()).toEqual(['csharp', 'docs', 'java', 'python', 'typescript']);
    for (const language of languages) {
      const files = new Set(sources(join(GENERATOR, 'targets', language)).map((f) => relative(join(GENERATOR, 'targets', language), f)));
      for (const required of ['index.ts', 'options.ts', 'names.ts', 'types.ts', 'views/file.ts', 'views/object.ts', 'views/enum.ts', 'views/union.ts', 'views/alias.ts']) {
        expect(files.has(required), `targets/${language}/${required}`).toBe(true);
      }
    }
  });
});
