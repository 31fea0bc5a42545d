// The runtime the generated classes use, copied from the real sources in
// templates/java/runtime/com/openai/{core,errors}/ with their package moved to the runtimePackage
// option (only the package names change: see runtimeFiles).

import { OptionsError, quoted } from '../../errors.js';
import type { Model } from '../../model/ir.js';
import { bannerText, type PlannedFile } from '../target.js';
import { javaLineComment } from '../shared/text.js';
import { pathOf, sourcePath, type Packages } from './options.js';

/** The runtime package the sources under templates/java/runtime/ are written in (their folders follow it). */
const SOURCE_RUNTIME = 'com.openai';
const SOURCE_PREFIX = `${pathOf(SOURCE_RUNTIME)}/`;

/**
 * Every runtime source, copied with the banner the templates printed ("// <banner>" and a blank
 * line) and its runtime package replaced. The replacement is textual but anchored to the three
 * places a Java file names a package: its `package com.openai.<sub>;` line, its
 * `import com.openai.<sub>.` lines, and a class instance created by its qualified name
 * (`new com.openai.errors.OpenAIInvalidDataException(`, as Utils.java does). Nothing else is
 * touched, and a source naming `com.openai.core` or `com.openai.errors` anywhere else (a comment, a
 * string, a static call by qualified name) is an error, so it cannot ship with the wrong package.
 */
export function runtimeFiles(model: Model, packages: Packages, runtime: ReadonlyMap<string, string>): PlannedFile[] {
  const banner = `// ${javaLineComment(bannerText(model))}\n\n`;
  const files: PlannedFile[] = [];
  for (const [source, text] of runtime) {
    const sub = source.startsWith(SOURCE_PREFIX) ? source.slice(SOURCE_PREFIX.length).split('/') : [];
    if (sub[0] === 'validation') continue; // the schema interpreter: shipped once issue 17 wires it into the models
    if (sub.length !== 2 || (sub[0] !== 'core' && sub[0] !== 'errors') || !sub[1]!.endsWith('.java')) {
      throw new OptionsError(
        `java runtime source ${quoted(source)} is not ${SOURCE_PREFIX}core/*.java or ${SOURCE_PREFIX}errors/*.java`,
        'move or remove the file in your template overrides (--templates DIR/java/runtime/)',
      );
    }
    const target = sub[0] === 'core' ? packages.core : packages.errors;
    files.push({ path: sourcePath(target, sub[1]!), content: banner + withRuntimePackage(text, source, packages) });
  }
  return files;
}

const PACKAGE_NAMES = /^(package |import |import static )com\.openai\.(core|errors)(?=[;.])|(\bnew )com\.openai\.(core|errors)(?=\.[A-Z])/gm;

/** `text` with its runtime package names (see runtimeFiles) replaced; `source` names it in errors. */
export function withRuntimePackage(text: string, source: string, packages: Packages): string {
  let replacedCount = 0;
  const replaced = text.replace(
    PACKAGE_NAMES,
    (_m, decl: string | undefined, declSub: string | undefined, use: string | undefined, useSub: string | undefined) => {
      replacedCount += 1;
      return `${decl ?? use!}${(declSub ?? useSub) === 'core' ? packages.core : packages.errors}`;
    },
  );
  const named = text.match(/\bcom\.openai\.(core|errors)\b/g)?.length ?? 0;
  if (named !== replacedCount) {
    throw new OptionsError(
      `java runtime source ${quoted(source)} names com.openai.core or com.openai.errors ${named - replacedCount} time(s) outside a package, import or \`new\` of a qualified class`,
      'name runtime classes through imports, so that the java.runtimePackage option can move them',
    );
  }
  return replaced;
}
