// The Java target: openai-java's model classes on Jackson, in Maven layout under generated/java:
// pom.xml, the small runtime (<runtimePackage>.core and .errors, copied from the real sources in
// templates/java/runtime/com/openai/{core,errors}/) and one class per declaration in <package>.

import { OptionsError, quoted } from '../../errors.js';
import type { Model } from '../../model/ir.js';
import { bannerText, type PlannedFile, type Target, type TargetOptions } from '../target.js';
import { checkPropertyOrder, declarationsById } from '../shared/common.js';
import { javaLineComment, xmlComment, xmlText } from '../shared/text.js';
import { JAVA_RESERVED } from '../shared/reserved.js';
import { isAsciiIdentifier, isDottedName } from '../shared/naming.js';
import { JAVA_PLATFORM_PACKAGES, isInside } from '../shared/platform-names.js';
import { classNames } from './names.js';
import { modelFileView, type Packages } from './views.js';

const SOURCES = 'src/main/java';

export const java: Target<TargetOptions, null> = {
  name: 'java',
  defaults: { package: 'com.openai.models.realtime', runtimePackage: 'com.openai', propertyOrder: 'required-first-alphabetical', patterns: 'linear' },
  codegenKeys: ['name', 'variantName'],
  parseOptions: (options) => options,
  names: () => null,
  *plan(model, options, _names, runtime) {
    const packages = packagesOf(options);
    const order = checkPropertyOrder(options['propertyOrder']);
    const ctx = { byId: declarationsById(model), names: classNames(model) };
    yield pom(model, packages);
    yield* runtimeFiles(model, packages, runtime);
    for (const d of model.declarations) {
      yield {
        path: `${SOURCES}/${pathOf(packages.models)}/${ctx.names.get(d.id)!}.java`,
        template: 'file',
        pointer: d.id,
        view: modelFileView(model, d, ctx, packages, order),
      };
    }
  },
};

function packagesOf(options: TargetOptions): Packages {
  const models = checkPackage('package', options['package']);
  const runtime = checkPackage('runtimePackage', options['runtimePackage']);
  return { models, core: `${runtime}.core`, errors: `${runtime}.errors` };
}

function checkPackage(option: string, value: unknown): string {
  const ok = typeof value === 'string' && isDottedName(value, isAsciiIdentifier, JAVA_RESERVED);
  if (!ok)
    throw new OptionsError(
      `java ${option} must be a Java package name, found ${JSON.stringify(value)}`,
      'use dot-separated identifiers that are not keywords, e.g. "com.example.models"',
    );
  const platform = JAVA_PLATFORM_PACKAGES.find((prefix) => isInside(value as string, prefix));
  if (platform !== undefined) {
    throw new OptionsError(
      `java ${option} ${JSON.stringify(value)} is inside ${quoted(platform)}, a package of the Java platform or of a library the generated code uses: the JVM would refuse or mix up its classes`,
      'use a package of your own, e.g. "com.example.models"',
    );
  }
  return value as string;
}

const pathOf = (pkg: string): string => pkg.replace(/\./g, '/');

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
function runtimeFiles(model: Model, packages: Packages, runtime: ReadonlyMap<string, string>): PlannedFile[] {
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
    files.push({ path: `${SOURCES}/${pathOf(target)}/${sub[1]!}`, content: banner + withRuntimePackage(text, source, packages) });
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

function pom(model: Model, packages: Packages): PlannedFile {
  const groupId = packages.core.slice(0, -'.core'.length);
  const artifactId = `${packages.models.split('.').pop()!.toLowerCase().replace(/_/g, '-')}-models`;
  return { path: 'pom.xml', template: 'pom', view: { banner: xmlComment(bannerText(model)), groupId, artifactId, name: xmlText(model.title ?? artifactId) } };
}
