// render: (templates folder, view) -> file text, in a Handlebars environment of its own per
// target. Every *.hbs file in the folder is a partial named after its file; a user folder may
// override any of them. Templates are compiled once per environment. The environment is strict:
// a missing view field throws, in `{{name}}` (strict mode) and in #if/#each/#unless/#with too.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { OptionsError } from './errors.js';

const COMPILE_OPTIONS = { strict: true, noEscape: true, knownHelpersOnly: true } as const;
const GUARDED_BUILTINS = ['if', 'unless', 'each', 'with'] as const;

export interface Renderer {
  render(template: string, view: object): string;
}

export function createRenderer(templateDirs: readonly string[]): Renderer {
  const env = Handlebars.create();
  guardBuiltins(env);
  const sources = new Map<string, string>();
  for (const dir of templateDirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.hbs')) sources.set(file.slice(0, -'.hbs'.length), readFileSync(join(dir, file), 'utf8'));
    }
  }
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  for (const [name, source] of sources) {
    const template = env.compile(source, COMPILE_OPTIONS);
    compiled.set(name, template);
    env.registerPartial(name, template);
  }
  return {
    render(name, view) {
      const template = compiled.get(name);
      if (template === undefined) {
        throw new OptionsError(`no template "${name}.hbs" in ${templateDirs.join(' or ')}`, 'restore the template, or remove the override folder');
      }
      return template(view);
    },
  };
}

/** #if and friends ignore missing keys in strict mode; make them throw like everything else. */
function guardBuiltins(env: typeof Handlebars): void {
  for (const name of GUARDED_BUILTINS) {
    const original = env.helpers[name] as Handlebars.HelperDelegate;
    env.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      const options = args[args.length - 1] as Handlebars.HelperOptions & { loc?: { start: { line: number } } };
      if (args.length < 2 || args[0] === undefined) {
        const line = options.loc?.start.line ?? '?';
        throw new Error(`template: #${name} at line ${line} reads a view field that is missing (every field must be present: null, false or [])`);
      }
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    });
  }
}

/** LF endings, no trailing spaces, at most two blank lines in a row, exactly one final newline. */
export function normalizeWhitespace(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd());
  return `${lines.join('\n').replace(/\n{4,}/g, '\n\n\n').trim()}\n`;
}
