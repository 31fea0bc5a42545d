// The Java target's options, checked once before any name or view: the models' package, the
// runtime's package (its core, errors and validation subpackages follow it), the property order,
// whether `format` asserts, and which patterns run on the linear-time matcher.

import { OptionsError, quoted } from '../../errors.js';
import type { TargetOptions } from '../target.js';
import { checkPropertyOrder, type PropertyOrder } from '../shared/common.js';
import { JAVA_RESERVED } from '../shared/reserved.js';
import { isAsciiIdentifier, isDottedName } from '../../model/naming.js';
import { JAVA_PLATFORM_PACKAGES, isInside } from '../shared/platform-names.js';
import { checkNativeFormats } from '../shared/formats.js';
import { parseIdentity, SEMVER, type PackageIdentity } from '../shared/identity.js';
import { patternPolicy, type PatternPolicy } from '../../regex/index.js';

export interface Packages {
  readonly models: string;
  readonly core: string;
  readonly errors: string;
  readonly validation: string;
}

/** `formats`: annotations only (JSON Schema 2020-12's default), or assertions. */
export const FORMAT_MODES = ['annotate', 'assert'] as const;

/** pom.xml's Maven coordinates and metadata. */
export interface Project extends Omit<PackageIdentity, 'description'> {
  readonly groupId: string;
  readonly artifactId: string;
  readonly description: string | null;
}

export interface JavaOptions {
  readonly packages: Packages;
  readonly project: Project;
  readonly order: PropertyOrder;
  readonly formats: (typeof FORMAT_MODES)[number];
  /** Which patterns run on the linear-time matcher rather than on java.util.regex (regex/index.ts PATTERN_POLICIES). */
  readonly patterns: PatternPolicy;
  /** Typed getters and builder setters of java.time, UUID and URI for formatted strings (targets/shared/formats.ts). */
  readonly nativeFormats: boolean;
}

export function parseOptions(options: TargetOptions): JavaOptions {
  const models = checkPackage('package', options['package']);
  // "" (the default): the models' package without its last segment ("acme.models" -> "acme"), as openai-java's com.openai.{core,models}.
  const runtime = checkPackage('runtimePackage', options['runtimePackage'] === '' ? models.replace(/\.[^.]+$/, '') : options['runtimePackage']);
  const packages = { models, core: `${runtime}.core`, errors: `${runtime}.errors`, validation: `${runtime}.validation` };
  const project = {
    groupId: checkCoordinate('groupId', options['groupId'] === '' ? runtime : options['groupId']),
    artifactId: checkCoordinate('packageName', options['packageName']),
    ...parseIdentity('java', options, SEMVER, 'write e.g. java.packageVersion=1.0.0'),
  };
  return {
    packages,
    project,
    order: checkPropertyOrder(options['propertyOrder']),
    formats: checkFormats(options['formats']),
    patterns: patternPolicy('java', options['patterns']),
    nativeFormats: checkNativeFormats('java', options['nativeFormats']),
  };
}

/** A package name the schema-derived default may take. */
export function isPackageName(value: string): boolean {
  return isDottedName(value, isAsciiIdentifier, JAVA_RESERVED) && !JAVA_PLATFORM_PACKAGES.some((prefix) => isInside(value, prefix));
}

/** Maven's rule for a groupId or artifactId: letters, digits, ".", "_", "-". */
function checkCoordinate(option: string, value: unknown): string {
  if (typeof value === 'string' && /^[A-Za-z0-9_.-]+$/.test(value)) return value;
  throw new OptionsError(
    `java.${option} must be a Maven coordinate (letters, digits, ".", "_", "-"), found ${JSON.stringify(value)}`,
    `write e.g. java.${option}=${option === 'groupId' ? 'com.acme' : 'acme-models'}`,
  );
}

function checkFormats(value: unknown): JavaOptions['formats'] {
  if (FORMAT_MODES.includes(value as never)) return value as JavaOptions['formats'];
  throw new OptionsError(
    `option java.formats must be one of ${FORMAT_MODES.join(', ')}, got ${JSON.stringify(value)}`,
    'write e.g. --option java.formats=assert to make "format" an assertion',
  );
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

/** A package's folder below the sources root. */
export const pathOf = (pkg: string): string => pkg.replace(/\./g, '/');

/** Where a class of `pkg` goes in the Maven layout. */
export const sourcePath = (pkg: string, file: string): string => `src/main/java/${pathOf(pkg)}/${file}`;
