// The Java target: openai-java's model classes on Jackson, in Maven layout under generated/java:
// pom.xml, the small runtime (<runtimePackage>.core and .errors, from templates/java/core-*.hbs
// and errors-*.hbs) and one class per declaration in <package>.

import { OptionsError, quoted } from '../../errors.js';
import type { Model } from '../../model.js';
import { bannerText, type PlannedFile, type Target, type TargetOptions } from '../target.js';
import { checkPropertyOrder, declarationsById } from '../common.js';
import { javaLineComment, xmlComment, xmlText } from '../text.js';
import { JAVA_RESERVED } from '../reserved.js';
import { JAVA_PLATFORM_PACKAGES, isInside } from '../platform-names.js';
import { classNames } from './names.js';
import { modelFileView, type Packages } from './views.js';

const CORE_CLASSES = [
  'JsonValue', 'JsonMissing', 'JsonNull', 'JsonBoolean', 'JsonNumber', 'JsonString', 'JsonArray', 'JsonObject', 'JsonField',
  'Conversions', 'ExcludeMissing', 'ObjectMappers', 'Utils', 'BaseDeserializer', 'BaseSerializer',
  'Schema', 'StringSchema', 'NumberSchema', 'ArraySchema', 'ObjectSchema', 'VariantsSchema', 'DiscriminatedSchema',
];
const ERROR_CLASSES = ['OpenAIException', 'OpenAIInvalidDataException'];
const SOURCES = 'src/main/java';

export const java: Target = {
  name: 'java',
  defaults: { package: 'com.openai.models.realtime', runtimePackage: 'com.openai', propertyOrder: 'required-first-alphabetical', patterns: 'linear' },
  codegenKeys: ['name'],
  *plan(model, options) {
    const packages = packagesOf(options);
    const order = checkPropertyOrder(options['propertyOrder']);
    const ctx = { byId: declarationsById(model), names: classNames(model) };
    yield pom(model, packages);
    yield* runtimeFiles(model, packages);
    for (const d of model.declarations) {
      yield { path: `${SOURCES}/${pathOf(packages.models)}/${ctx.names.get(d.id)!}.java`, template: 'file', pointer: d.id, view: modelFileView(model, d, ctx, packages, order) };
    }
  },
};

function packagesOf(options: TargetOptions): Packages {
  const models = checkPackage('package', options['package']);
  const runtime = checkPackage('runtimePackage', options['runtimePackage']);
  return { models, core: `${runtime}.core`, errors: `${runtime}.errors` };
}

function checkPackage(option: string, value: unknown): string {
  const segments = typeof value === 'string' ? value.split('.') : [];
  const ok = segments.length > 0 && segments.every((s) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) && !JAVA_RESERVED.has(s));
  if (!ok) throw new OptionsError(`java ${option} must be a Java package name, found ${JSON.stringify(value)}`, 'use dot-separated identifiers that are not keywords, e.g. "com.example.models"');
  const platform = JAVA_PLATFORM_PACKAGES.find((prefix) => isInside(value as string, prefix));
  if (platform !== undefined) {
    throw new OptionsError(`java ${option} ${JSON.stringify(value)} is inside ${quoted(platform)}, a package of the Java platform or of a library the generated code uses: the JVM would refuse or mix up its classes`, 'use a package of your own, e.g. "com.example.models"');
  }
  return value as string;
}

const pathOf = (pkg: string): string => pkg.replace(/\./g, '/');

function runtimeFiles(model: Model, packages: Packages): PlannedFile[] {
  const view = { banner: javaLineComment(bannerText(model)), corePackage: packages.core, errorsPackage: packages.errors };
  return [
    ...CORE_CLASSES.map((c) => ({ path: `${SOURCES}/${pathOf(packages.core)}/${c}.java`, template: `core-${c}`, view })),
    ...ERROR_CLASSES.map((c) => ({ path: `${SOURCES}/${pathOf(packages.errors)}/${c}.java`, template: `errors-${c}`, view })),
  ];
}

function pom(model: Model, packages: Packages): PlannedFile {
  const groupId = packages.core.slice(0, -'.core'.length);
  const artifactId = `${packages.models.split('.').pop()!.toLowerCase().replace(/_/g, '-')}-models`;
  return { path: 'pom.xml', template: 'pom', view: { banner: xmlComment(bannerText(model)), groupId, artifactId, name: xmlText(model.title ?? artifactId) } };
}
