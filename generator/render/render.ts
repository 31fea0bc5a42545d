// render: (a target's templates, view) -> file text, in a Handlebars environment of its own per
// target. Takes the templates as stages/read.ts read them: every *.hbs file in the folders is a
// partial named after its file; a later folder (a user's override) replaces an earlier one's file
// of the same name. Reads no template file itself and normalizes nothing (stages/normalize.ts).
// Templates are compiled once per run; the bundled ones are precompiled at build time
// (dist/templates.cjs, see precompile.ts), so a normal run loads only Handlebars' runtime, not its
// compiler. The environment is strict: a missing view field throws, in `{{name}}` and in #if/#each too.

import { createRequire } from 'node:module';
import { basename } from 'node:path';
import type HandlebarsTypes from 'handlebars';
// The runtime alone (no parser or compiler): it is all a run needs when templates are precompiled.
// A static import, so that the CLI bundle (dist/cli.js) carries it.
import runtimeModule from 'handlebars/runtime.js';
// @ts-expect-error: an internal module of the runtime, without type declarations
import protoAccess from 'handlebars/dist/cjs/handlebars/internal/proto-access.js';
import { OptionsError, quoted } from '../errors.js';
import type { TemplateSources } from '../stages/sources.js';

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

/** What a renderer needs of a target's templates (read by stages/read.ts). */
export type TemplateFolders = Pick<TemplateSources, 'dirs' | 'folders' | 'templates'>;

export interface Renderer {
  render(template: string, view: object): string;
}

/** `precompiled`: the bundled templates of this target, by name; used while the source matches. */
export function createRenderer(sources: TemplateFolders, precompiled: Readonly<Record<string, Precompiled>> = {}): Renderer {
  refuseStrayOverrides(sources);
  const env = HandlebarsRuntime.create();
  guardBuiltins(env);
  const compiled = new Map<string, TemplateFn>();
  for (const [name, source] of sources.templates) {
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
        throw new OptionsError(`no template "${name}.hbs" in ${sources.dirs.join(' or ')}`, 'restore the template, or remove the override folder');
      }
      return template(view, options);
    },
  };
}

/**
 * An override must replace a bundled template: one that replaces none (a typo, or a runtime file
 * that is now a source under runtime/, such as java/core-JsonField.hbs) would be ignored silently.
 */
function refuseStrayOverrides({ dirs, folders }: TemplateFolders): void {
  const [bundled, ...overrides] = dirs;
  const known = folders[0];
  if (bundled === undefined || known === undefined) return;
  for (const [i, dir] of overrides.entries()) {
    const stray = [...folders[i + 1]!.keys()].find((name) => !known.has(name));
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

/** Overrides and templates edited since the build: compile now (loads the compiler once). */
function compileAtRuntime(env: Runtime, source: string): TemplateFn {
  const compiler = require('handlebars') as typeof HandlebarsTypes;
  const locations = new Map<string, number>();
  const spec = hoistLocations(compiler.precompile(source, COMPILE_OPTIONS) as string, locations);
  return env.template(new Function(`${locationsDeclaration(locations)}\nreturn ${spec};`)() as never) as TemplateFn;
}

/** A template location as strict mode's compiled code writes it, an object literal. */
const LOCATION_LITERAL = /\{"start":\{"line":\d+,"column":\d+\},"end":\{"line":\d+,"column":\d+\}\}/g;

/**
 * A compiled spec with its template locations made constants. In strict mode every `{{field}}`
 * passes its location (for the error a missing field throws) as an object literal, which
 * JavaScript builds anew on each call: three objects per field rendered (a 2000-event run
 * peaked at 330 to 335 MB with them, 293 to 298 MB without, three runs each). The literals
 * go to `locations` (one entry per distinct location) and the spec names them as
 * `LOCATIONS[i]`, which locationsDeclaration declares. Static text cannot match: in the
 * compiled code it is a string literal, its quotes escaped.
 */
export function hoistLocations(spec: string, locations: Map<string, number>): string {
  return spec.replace(LOCATION_LITERAL, (literal) => {
    let index = locations.get(literal);
    if (index === undefined) locations.set(literal, (index = locations.size));
    return `LOCATIONS[${index}]`;
  });
}

/** The declaration of the constants hoistLocations named, to put before the specs. */
export function locationsDeclaration(locations: ReadonlyMap<string, number>): string {
  return `const LOCATIONS = [${[...locations.keys()].join(',')}];`;
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
