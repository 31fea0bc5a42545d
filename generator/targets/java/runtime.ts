// The runtime the generated classes use, copied from the real sources in
// templates/java/runtime/com/openai/{core,errors,validation}/ with their package moved to the
// runtimePackage option (only the package names change: see runtimeFiles). validation/ is the
// JSON Schema 2020-12 interpreter every model validates through.

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
    const target = sub.length === 2 && sub[1]!.endsWith('.java') && Object.hasOwn(SUBPACKAGES, sub[0]!) ? SUBPACKAGES[sub[0]!]!(packages) : undefined;
    if (target === undefined) {
      throw new OptionsError(
        `java runtime source ${quoted(source)} is not ${SOURCE_PREFIX}core/*.java, ${SOURCE_PREFIX}errors/*.java or ${SOURCE_PREFIX}validation/*.java`,
        'move or remove the file in your template overrides (--templates DIR/java/runtime/)',
      );
    }
    files.push({ path: sourcePath(target, sub[1]!), content: banner + withRuntimePackage(text, source, packages) });
  }
  return files;
}

/** The runtime's subpackages, and the package each goes to. */
const SUBPACKAGES: Readonly<Record<string, (packages: Packages) => string>> = {
  core: (p) => p.core,
  errors: (p) => p.errors,
  validation: (p) => p.validation,
};

const PACKAGE_NAMES =
  /^(package |import |import static )com\.openai\.(core|errors|validation)(?=[;.])|(\bnew )com\.openai\.(core|errors|validation)(?=\.[A-Z])/gm;

/** `text` with its runtime package names (see runtimeFiles) replaced; `source` names it in errors. */
export function withRuntimePackage(text: string, source: string, packages: Packages): string {
  let replacedCount = 0;
  const replaced = text.replace(
    PACKAGE_NAMES,
    (_m, decl: string | undefined, declSub: string | undefined, use: string | undefined, useSub: string | undefined) => {
      replacedCount += 1;
      return `${decl ?? use!}${SUBPACKAGES[(declSub ?? useSub)!]!(packages)}`;
    },
  );
  const named = text.match(/\bcom\.openai\.(core|errors|validation)\b/g)?.length ?? 0;
  if (named !== replacedCount) {
    throw new OptionsError(
      `java runtime source ${quoted(source)} names com.openai.core, com.openai.errors or com.openai.validation ${named - replacedCount} time(s) outside a package, import or \`new\` of a qualified class`,
      'name runtime classes through imports, so that the java.runtimePackage option can move them',
    );
  }
  return replaced;
}
