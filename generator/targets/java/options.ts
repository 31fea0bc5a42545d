// The Java target's options, checked once before any name or view: the models' package, the
// runtime's package (its core and errors subpackages follow it), and the property order.

import { OptionsError, quoted } from '../../errors.js';
import type { TargetOptions } from '../target.js';
import { checkPropertyOrder, type PropertyOrder } from '../shared/common.js';
import { JAVA_RESERVED } from '../shared/reserved.js';
import { isAsciiIdentifier, isDottedName } from '../../model/naming.js';
import { JAVA_PLATFORM_PACKAGES, isInside } from '../shared/platform-names.js';

export interface Packages {
  readonly models: string;
  readonly core: string;
  readonly errors: string;
}

export interface JavaOptions {
  readonly packages: Packages;
  readonly order: PropertyOrder;
}

export function parseOptions(options: TargetOptions): JavaOptions {
  const models = checkPackage('package', options['package']);
  const runtime = checkPackage('runtimePackage', options['runtimePackage']);
  const packages = { models, core: `${runtime}.core`, errors: `${runtime}.errors` };
  return { packages, order: checkPropertyOrder(options['propertyOrder']) };
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
