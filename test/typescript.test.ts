// The TypeScript target compiles and means what the schema means:
// - generated/typescript and every golden (each module with its validation-schema.ts and runtime/)
//   compile in one strict program with 0 diagnostics, with bundler and with NodeNext resolution;
// - the name table (targets/typescript/names.ts) holds every type and function the module declares;
// - json-schema-to-typescript as an oracle: for every top-level declaration, our type and its
//   type are mutually assignable, checked by the real type checker (ts-morph).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'json-schema-to-typescript';
import { Project, ts } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../generator/index.js';
import { typescript } from '../generator/targets/typescript/index.js';
import { VALIDATOR_MODULES } from '../generator/targets/typescript/runtime.js';
import { ROOT, allSchemas, CASES_DIR, listCases } from './helpers/cases.js';
import { STRICT_TS } from './helpers/typescript.js';


function diagnostics(project: Project): string[] {
  return project.getPreEmitDiagnostics().map((d) => `${d.getSourceFile()?.getFilePath() ?? ''}:${d.getLineNumber() ?? 0} ${ts.flattenDiagnosticMessageText(d.getMessageText() as string | ts.DiagnosticMessageChain, '\n')}`);
}

/** Every .ts file of a TypeScript output folder (index.ts, validation-schema.ts, runtime/*.ts). */
function outputFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f))
    .sort();
}

const OUTPUT_DIRS = [join(ROOT, 'generated', 'typescript'), ...listCases().map((name) => join(CASES_DIR, name, 'typescript'))];

describe('TypeScript compiles under the strictest flags', () => {
  // A consumer compiles the output with a bundler's module resolution or with Node's own
  // (NodeNext: ES modules, relative imports with their .js extension): both must hold.
  it.each([
    ['bundler', {}],
    ['NodeNext', { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext }],
  ] as const)('generated/typescript and every golden, %s resolution: 0 diagnostics', (_name, resolution) => {
    const project = new Project({ compilerOptions: { ...STRICT_TS, ...resolution }, skipAddingFilesFromTsConfig: true });
    for (const dir of OUTPUT_DIRS) for (const file of outputFiles(dir)) project.addSourceFileAtPath(file);
    expect(project.getSourceFiles().length).toBe(OUTPUT_DIRS.length * (2 + VALIDATOR_MODULES.length)); // index.ts, validation-schema.ts, the runtime modules
    expect(diagnostics(project)).toEqual([]);
  });

  it('the runtime modules are the templates, verbatim after the banner line', () => {
    for (const dir of OUTPUT_DIRS) {
      for (const file of VALIDATOR_MODULES) {
        const text = readFileSync(join(dir, 'runtime', file), 'utf8');
        expect(text.slice(text.indexOf('\n\n') + 2), `${dir}/runtime/${file}`).toBe(readFileSync(join(ROOT, 'templates', 'typescript', 'runtime', file), 'utf8'));
      }
    }
  });
});

describe('the name table is what the module declares', () => {
  it.each(allSchemas().map((c) => [c.name, c] as const))('%s: every type and function declared, each named by the table', (_name, c) => {
    const names = [...typescript.names(loadModel(c.schemaPath), typescript.parseOptions(typescript.defaults)).declarations.values()];
    const source = readFileSync(join(c.dir, c.name === 'canonical' ? '../generated/typescript/index.ts' : 'typescript/index.ts'), 'utf8');
    const declared = (pattern: RegExp): string[] => [...source.matchAll(pattern)].map((m) => m[1]!).filter((n) => !n.startsWith('$') && !['ValidationIssue', 'ValidationError'].includes(n)).sort();
    expect(declared(/^export (?:interface|type) (\S+?)[ <]/gm)).toEqual(names.map((n) => n.type).sort());
    expect(declared(/^(?:export )?function ([\p{L}\p{N}_$]+)\(/gmu)).toEqual(names.flatMap((n) => [n.validate, n.guard, n.parse]).sort());
    expect(declared(/^const ([\p{L}\p{N}_$]+) = \$lazySchema\(/gmu)).toEqual(names.map((n) => n.validator).sort());
  });
});

describe('json-schema-to-typescript agrees on the types', () => {
  // One program for every case, each in a folder of its own (a program per case read and checked
  // the standard library again each time); each case's test reads its folder's diagnostics.
  const cases = allSchemas();
  const project = new Project({ compilerOptions: { ...STRICT_TS, noUnusedLocals: false }, useInMemoryFileSystem: true });
  const compared = new Map<string, number>();
  let found: string[] = [];

  beforeAll(async () => {
    for (const [k, c] of cases.entries()) compared.set(c.name, await addCase(project, `/case${k}`, c));
    found = diagnostics(project);
  }, 300_000);

  it.each(cases.map((c, k) => [c.name, k] as const))('%s: mutually assignable', (name, k) => {
    expect(compared.get(name)).toBeGreaterThan(0);
    expect(found.filter((d) => d.startsWith(`/case${k}/`) || !d.startsWith('/case'))).toEqual([]);
  });
});

/**
 * Adds a case under `dir`: its module with the files it imports (index.ts as ours.ts), for every
 * top-level declaration json-schema-to-typescript's type of it (theirs<i>.ts), and checks.ts,
 * which asserts the relation of each pair. Returns how many declarations it compares.
 */
async function addCase(project: Project, dir: string, c: ReturnType<typeof allSchemas>[number]): Promise<number> {
  const model = loadModel(c.schemaPath);
  const names = typescript.names(model, typescript.parseOptions(typescript.defaults)).declarations;
  const outDir = join(c.dir, c.name === 'canonical' ? '../generated/typescript' : 'typescript');
  for (const file of outputFiles(outDir)) project.createSourceFile(file === join(outDir, 'index.ts') ? `${dir}/ours.ts` : `${dir}/${file.slice(outDir.length + 1)}`, readFileSync(file, 'utf8'));
  const checks: string[] = [
    "import * as Ours from './ours';",
    'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
    'type Narrower<A, B> = [A] extends [B] ? true : false;',
    'type Wider<A, B> = [B] extends [A] ? true : false;',
  ];
  const caseRelation = NARROWER[c.name] !== undefined ? 'Narrower' : WIDER[c.name] !== undefined ? 'Wider' : 'Same';
  // Array lengths are checked at runtime and typed as Array<T> (openai-node style); jsts would
  // type minItems as tuples, so lengths are left out of what the oracle sees.
  const defs = draft07Tuples(withoutArrayLengths(dynamicRefsAsRefs(c.schema['$defs']))) as Record<string, Record<string, unknown>>;
  const declarations = model.declarations.filter((x) => !x.hoisted);
  for (const [i, d] of declarations.entries()) {
    // The root declaration is the document itself (without its $defs); the others are $defs entries.
    const { title: _title, $defs: _defs, $schema: _schema, ...def } = (d.id === '' ? draft07Tuples(withoutArrayLengths(c.schema)) : defs[d.schemaName]!) as Record<string, unknown>;
    const source = await compile({ ...def, $defs: defs }, 'OracleRoot', { bannerComment: '', additionalProperties: false, unreachableDefinitions: false, format: false, maxItems: -1 });
    project.createSourceFile(`${dir}/theirs${i}.ts`, source);
    const relation = DECLARATION_RELATIONS[c.name]?.[d.schemaName]?.[0] ?? caseRelation;
    checks.push(`import * as Theirs${i} from './theirs${i}';`, `export const same${i}: ${relation}<Ours.${names.get(d.id)!.type}, Theirs${i}.OracleRoot> = true;`);
  }
  project.createSourceFile(`${dir}/checks.ts`, checks.join('\n'));
  return declarations.length;
}

/**
 * Cases where our types are deliberately wider than json-schema-to-typescript's (the typing rule:
 * a type holds every valid value and may be wider; the validators narrow), so only "theirs is
 * assignable to ours" is checked, with the reason.
 */
const WIDER: Readonly<Record<string, string>> = {
  'name-collisions': 'a union with untyped variants is any value (unknown) until issue 18 types unions of like variants; json-schema-to-typescript lists each variant',
};

/**
 * Cases where our types are deliberately narrower than json-schema-to-typescript's, so only
 * "ours is assignable to theirs" is checked, with the reason.
 */
const NARROWER: Readonly<Record<string, string>> = {
  'enum-siblings': 'keywords beside enum/const drop the values they reject at generation time; json-schema-to-typescript keeps every value',
  'required-unknown': 'a required name without a property schema is a required member; json-schema-to-typescript leaves it to the index signature',
};

/** Single declarations whose relation differs from their case's, with the reason. */
const DECLARATION_RELATIONS: Readonly<Record<string, Readonly<Record<string, readonly ['Narrower' | 'Wider', string]>>>> = {
  compositions: {
    Tagged: ['Narrower', 'a $ref beside members composes with them; json-schema-to-typescript drops the $ref (no "name")'],
    Retry: ['Narrower', 'members every anyOf branch requires are required; json-schema-to-typescript leaves them optional'],
    Source: ['Wider', 'branches that only require members leave the choice to the validators; json-schema-to-typescript intersects them'],
  },
  'vocabulary-typing': {
    Pair: ['Narrower', 'the positions "minItems" requires are required (the oracle is given no array lengths)'],
    Labels: ['Wider', 'members only patternProperties types are left to the validators (no index signature); json-schema-to-typescript adds one'],
  },
  'hostile-names': {
    '%%': ['Narrower', 'a required name without a property schema ("@") is a required member (as in required-unknown); json-schema-to-typescript leaves it to the index signature'],
  },
  'openai-shapes': {
    IncompleteDetails: ['Narrower', 'an object that allows null is an interface of the object; its guard, its parse and every member holding it add "| null"'],
    CallOutputResource: ['Wider', 'a member two parts declare differently has the first part\'s type (the validators narrow it); json-schema-to-typescript intersects them'],
    SearchResults: ['Wider', 'it holds CallOutputResource'],
  },
  'tuples-literals': {
    Point: ['Narrower', 'the positions "minItems" requires are required (the oracle is given no array lengths)'],
    Segment: ['Narrower', 'the positions "minItems" requires are required (the oracle is given no array lengths)'],
    Pair: ['Wider', 'no "items" after "prefixItems" lets any items follow; json-schema-to-typescript closes the tuple'],
  },
};

/**
 * json-schema-to-typescript reads tuples as draft-07 wrote them ("items" an array, then
 * "additionalItems"), not 2020-12's "prefixItems": the oracle is given that spelling.
 */
function draft07Tuples(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(draft07Tuples);
  if (typeof node !== 'object' || node === null) return node;
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, draft07Tuples(v)]));
  if (!Array.isArray(out['prefixItems'])) return out;
  const { prefixItems, items, ...rest } = out;
  return { ...rest, items: prefixItems, ...(items === undefined ? {} : { additionalItems: items }) };
}

/**
 * json-schema-to-typescript reads no `$dynamicRef`: the oracle is given a `$ref` to the `$defs`
 * entry defining the anchor where one does (the cases' dynamic references name one schema
 * wherever they are met, which is how the generator types them).
 */
function dynamicRefsAsRefs(defs: unknown): unknown {
  const entries = Object.entries(defs as Record<string, Record<string, unknown>>);
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (typeof node !== 'object' || node === null) return node;
    const { $dynamicRef, $dynamicAnchor: _anchor, ...rest } = node as Record<string, unknown>;
    const out = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, rewrite(v)]));
    const named = typeof $dynamicRef === 'string' ? entries.find(([, d]) => `#${String(d['$dynamicAnchor'])}` === $dynamicRef) : undefined;
    return named === undefined ? (typeof $dynamicRef === 'string' ? { ...out, $dynamicRef } : out) : { ...out, $ref: `#/$defs/${named[0]}` };
  };
  return rewrite(defs);
}

function withoutArrayLengths(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutArrayLengths);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'minItems' && k !== 'maxItems').map(([k, v]) => [k, withoutArrayLengths(v)]));
}
