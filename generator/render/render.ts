// render: (templates folders, view) -> file text, in a Handlebars environment of its own per
// target. Every *.hbs file in the folders is a partial named after its file; a later folder (a
// user's override) replaces an earlier one's file of the same name. Templates are compiled once
// per run; the bundled ones are precompiled at build time (dist/templates.cjs, see
// precompile.ts), so a normal run loads only Handlebars' runtime, not its compiler. The
// environment is strict: a missing view field throws, in `{{name}}` and in #if/#each too.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import type HandlebarsTypes from 'handlebars';
// The runtime alone (no parser or compiler): it is all a run needs when templates are precompiled.
// A static import, so that the CLI bundle (dist/cli.js) carries it.
import runtimeModule from 'handlebars/runtime.js';
// @ts-expect-error: an internal module of the runtime, without type declarations
import protoAccess from 'handlebars/dist/cjs/handlebars/internal/proto-access.js';
import { OptionsError, quoted } from '../errors.js';
import { PACKAGE_ROOT } from '../package-root.js';

const require = createRequire(import.meta.url);
const HandlebarsRuntime = runtimeModule as unknown as typeof HandlebarsTypes; // its .d.ts declares nothing

export const COMPILE_OPTIONS = { strict: true, noEscape: true, knownHelpersOnly: true, data: false } as const;
const GUARDED_BUILTINS = ['if', 'unless', 'each', 'with'] as const;

type Runtime = typeof HandlebarsRuntime;
type TemplateFn = (context: object, options?: CallOptions) => string;
type Helper = (...args: unknown[]) => unknown;

/** A template precompiled at build time, with the source it was compiled from. */
export interface Precompiled {
  readonly source: string;
  readonly spec: object;
}

export interface Renderer {
  render(template: string, view: object): string;
}

/** `precompiled`: the bundled templates of this target, by name; used while the source matches. */
export function createRenderer(templateDirs: readonly string[], precompiled: Readonly<Record<string, Precompiled>> = {}): Renderer {
  refuseStrayOverrides(templateDirs);
  const env = HandlebarsRuntime.create();
  guardBuiltins(env);
  const compiled = new Map<string, TemplateFn>();
  for (const [name, source] of readTemplates(templateDirs)) {
    const cached = precompiled[name];
    const template = cached !== undefined && cached.source === source ? (env.template(cached.spec as never) as TemplateFn) : compileAtRuntime(env, source);
    compiled.set(name, template);
    env.registerPartial(name, template as never);
  }
  const options = callOptions(env);
  return {
    render(name, view) {
      const template = compiled.get(name);
      if (template === undefined) {
        throw new OptionsError(`no template "${name}.hbs" in ${templateDirs.join(' or ')}`, 'restore the template, or remove the override folder');
      }
      return template(view, options);
    },
  };
}

/**
 * An override must replace a bundled template: one that replaces none (a typo, or a runtime file
 * that is now a source under runtime/, such as java/core-JsonField.hbs) would be ignored silently.
 */
function refuseStrayOverrides(templateDirs: readonly string[]): void {
  const [bundled, ...overrides] = templateDirs;
  if (bundled === undefined || overrides.length === 0) return;
  const known = readTemplates([bundled]);
  for (const dir of overrides) {
    const stray = [...readTemplates([dir]).keys()].find((name) => !known.has(name));
    if (stray !== undefined) {
      throw new OptionsError(
        `the override ${quoted(`${stray}.hbs`)} in ${dir} replaces no bundled template`,
        `name it after a template of templates/${basename(bundled)}/, or, for the runtime the output ships, override the source under ${basename(bundled)}/runtime/ (see "Template overrides" in the README)`,
      );
    }
  }
}

/** What Handlebars' runtime hands a partial: helpers, partials and hooks as they are used. */
interface CallOptions {
  readonly partial: true;
  readonly helpers: Record<string, Helper>;
  readonly hooks: Record<string, Helper>;
  readonly partials: unknown;
  readonly decorators: unknown;
  readonly protoAccessControl: unknown;
}

/**
 * The options of every render, built once per renderer. Called as a template, Handlebars' runtime
 * rebuilds them on each call and wraps every helper so that each helper call copies its options
 * (to add lookupProperty, which only `lookup` reads): 10% of a large run's allocation. Called as
 * a partial (`partial: true`), it uses them as given. They are what the runtime's own setup makes:
 * helperMissing and blockHelperMissing moved to hooks, default prototype access (none), and
 * `lookup` reading own properties as the builtin does through lookupProperty.
 */
function callOptions(env: Runtime): CallOptions {
  const helpers = { ...(env.helpers as Record<string, Helper>) };
  const hooks: Record<string, Helper> = {};
  for (const name of ['helperMissing', 'blockHelperMissing']) {
    hooks[name] = helpers[name]!;
    delete helpers[name];
  }
  const protoAccessControl = (protoAccess as { createProtoAccessControl: (o: object) => unknown }).createProtoAccessControl({});
  helpers['lookup'] = (obj, field) => (obj ? ownProperty(obj as object, field as string) : obj); // the builtin's own code
  return { partial: true, helpers, hooks, partials: env.partials, decorators: env.decorators, protoAccessControl };
}

/** The runtime's lookupProperty under default prototype access: own properties only. */
function ownProperty(parent: object, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(parent, name) ? (parent as Record<string, unknown>)[name] : undefined;
}

/** A target's template folders: the bundled one, then the user's overrides when given. */
export function templateDirs(target: string, overrides: string | null): string[] {
  return [join(PACKAGE_ROOT, 'templates', target), ...(overrides === null ? [] : [join(overrides, target)])];
}

/** Template name -> source, over the folders in order (a later folder's file replaces). */
export function readTemplates(dirs: readonly string[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.hbs')) sources.set(file.slice(0, -'.hbs'.length), readFileSync(join(dir, file), 'utf8'));
    }
  }
  return sources;
}

/** Overrides and templates edited since the build: compile now (loads the compiler once). */
function compileAtRuntime(env: Runtime, source: string): TemplateFn {
  const compiler = require('handlebars') as typeof HandlebarsTypes;
  const spec = new Function(`return ${compiler.precompile(source, COMPILE_OPTIONS)};`)() as object;
  return env.template(spec as never) as TemplateFn;
}

/** #if and friends ignore missing keys in strict mode; make them throw like everything else. */
function guardBuiltins(env: Runtime): void {
  for (const name of GUARDED_BUILTINS) {
    const builtin = env.helpers[name] as (this: unknown, context: unknown, options: unknown) => unknown;
    const original = name === 'each' ? eachArray(builtin) : builtin;
    env.registerHelper(name, function (this: unknown, context: unknown, options: { loc?: { start: { line: number } } }) {
      if (options === undefined || context === undefined) {
        const line = (options ?? (context as typeof options))?.loc?.start.line ?? '?';
        throw new Error(`template: #${name} at line ${line} reads a view field that is missing (every field must be present: null, false or [])`);
      }
      return original.call(this, context, options);
    });
  }
}

interface BlockOptions {
  fn: ((context: unknown, options?: { blockParams: unknown[] }) => string) & { blockParams?: number };
  inverse: (context: unknown) => string;
}

/**
 * #each over an array, as Handlebars' own does it (the item as context, block params, {{else}}
 * when empty) without what this environment never uses: Handlebars' version builds a data frame,
 * two block-param arrays and a context-path string for every item: 15% of everything a run of
 * 2000 events allocates. Anything but an array (an object, a Map) goes to Handlebars' version.
 */
function eachArray(builtin: (this: unknown, context: unknown, options: unknown) => unknown) {
  return function (this: unknown, context: unknown, options: unknown): unknown {
    if (!Array.isArray(context)) return builtin.call(this, context, options);
    const { fn, inverse } = options as BlockOptions;
    if (context.length === 0) return inverse(this);
    let out = '';
    for (let i = 0; i < context.length; i++) out += fn.blockParams ? fn(context[i], { blockParams: [context[i], i] }) : fn(context[i]);
    return out;
  };
}

/**
 * Whether normalizeWhitespace has anything to change inside the text: a CR, a blank before a line
 * end, four line ends in a row. Well-formed output has none. One pass from line end to line end
 * (indexOf runs at memchr speed) costs a third of a regex, which tries every position.
 */
function needsNormalizing(text: string): boolean {
  if (text.includes('\r')) return true;
  let run = 0;
  for (let at = text.indexOf('\n'), previous = -2; at >= 0; previous = at, at = text.indexOf('\n', at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before === 32 || before === 9) return true;
    run = at === previous + 1 ? run + 1 : 1;
    if (run === 4) return true;
  }
  return false;
}

/** LF endings, no trailing spaces, at most two blank lines in a row, exactly one final newline. */
export function normalizeWhitespace(text: string): string {
  let body = text.trimEnd();
  const inside = needsNormalizing(body);
  // The usual case, already normalized: return the text itself rather than a copy.
  if (!inside && !body.startsWith('\n') && text.length === body.length + 1 && text.endsWith('\n')) return text;
  if (inside) {
    if (body.includes('\r')) body = body.replace(/\r\n?/g, '\n');
    if (body.includes(' \n') || body.includes('\t\n')) body = stripTrailingBlanks(body);
    body = body.replace(/\n{4,}/g, '\n\n\n');
  }
  return `${body.replace(/^\n+/, '')}\n`;
}

function stripTrailingBlanks(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const last = line.charCodeAt(line.length - 1);
    if (last === 32 || last === 9) lines[i] = line.trimEnd(); // a regex here is quadratic in indentation
  }
  return lines.join('\n');
}
