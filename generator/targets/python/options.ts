// The python target's options, checked once, before any name or view: the package (a dotted
// module name that shadows no standard module), its version, the property order, the pattern
// policy, whether `format` asserts, and whether formatted strings get native views. A bad value
// is an OptionsError here, never a surprise in the middle of rendering.

import { OptionsError, quoted } from '../../errors.js';
import type { PATTERN_POLICIES } from '../../regex/index.js';
import { checkPropertyOrder, type PropertyOrder } from '../shared/common.js';
import { isAsciiIdentifier, isDottedName } from '../../model/naming.js';
import { PYTHON_STDLIB_MODULES } from '../shared/platform-names.js';
import { PYTHON_RESERVED } from '../shared/reserved.js';
import type { TargetOptions } from '../target.js';
import { parseIdentity, type PackageIdentity } from '../shared/identity.js';
import { checkNativeFormats } from '../shared/formats.js';

export interface PythonOptions {
  /** Dotted import name, e.g. "acme_models" (the schema-derived default when ""). */
  readonly package: string;
  readonly packageVersion: string;
  /** The distribution name (pyproject's [project] name); python.packageName, else the package with dashes. */
  readonly distributionName: string;
  readonly identity: Omit<PackageIdentity, 'description'> & { readonly description: string | null };
  readonly propertyOrder: PropertyOrder;
  /** Already checked by the pipeline (regex/index.ts checkPatternPolicy), which owns the policy. */
  readonly patterns: (typeof PATTERN_POLICIES)[number];
  /** `annotate`: `format` is an annotation, as draft 2020-12 says; `assert`: the runtime checks the formats it knows. */
  readonly formats: (typeof FORMAT_POLICIES)[number];
  /** Whether a date-time, date or uuid string property also gets a native view (datetime, date, UUID). */
  readonly nativeFormats: boolean;
}

export const FORMAT_POLICIES = ['annotate', 'assert'] as const;

export function parseOptions(options: TargetOptions): PythonOptions {
  const pkg = checkPackage(options['package']);
  const packageVersion = checkPackageVersion(options['packageVersion']);
  return {
    package: pkg,
    packageVersion,
    distributionName: checkDistributionName(options['packageName'] ?? '', pkg),
    identity: parseIdentity('python', options, PYTHON_VERSION, 'write e.g. python.packageVersion=1.0.0'),
    propertyOrder: checkPropertyOrder(options['propertyOrder']),
    patterns: options['patterns'] as PythonOptions['patterns'],
    formats: checkFormats(options['formats']),
    nativeFormats: checkNativeFormats('python', options['nativeFormats']),
  };
}

function checkFormats(formats: unknown): PythonOptions['formats'] {
  if (!FORMAT_POLICIES.includes(formats as never)) {
    throw new OptionsError(
      `python.formats must be one of ${FORMAT_POLICIES.join(', ')}, found ${JSON.stringify(formats)}`,
      'write python.formats=annotate (format is an annotation, as JSON Schema 2020-12 says) or python.formats=assert (the validator checks date-time, email, uuid, ...)',
    );
  }
  return formats as PythonOptions['formats'];
}

/** A package name the schema-derived default may take: a dotted module name that shadows no standard module. */
export function isPackageName(pkg: string): boolean {
  return isDottedName(pkg, isAsciiIdentifier, PYTHON_RESERVED) && !PYTHON_STDLIB_MODULES.has(pkg.split('.')[0]!);
}

/** PEP 508's distribution name; "" means the package's name, dots and underscores as dashes. */
function checkDistributionName(name: TargetOptions[string], pkg: string): string {
  if (name === '') return pkg.replace(/[._]/g, '-');
  if (typeof name === 'string' && /^([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])$/.test(name)) return name;
  throw new OptionsError(
    `python.packageName must be a distribution name (letters, digits, ".", "_", "-", starting and ending with a letter or digit), found ${JSON.stringify(name)}`,
    'write e.g. python.packageName=acme-models (pip install acme-models; the import name is python.package)',
  );
}

function checkPackage(pkg: unknown): string {
  if (typeof pkg !== 'string' || !isDottedName(pkg, isAsciiIdentifier, PYTHON_RESERVED)) {
    throw new OptionsError(`python.package must be a dotted Python module name, found ${JSON.stringify(pkg)}`, 'write e.g. python.package=acme_models');
  }
  const top = pkg.split('.')[0]!;
  if (PYTHON_STDLIB_MODULES.has(top)) {
    throw new OptionsError(
      `python.package ${JSON.stringify(pkg)} starts with ${quoted(top)}, a module of the Python standard library: the package would shadow it, or fail to import`,
      `choose a name that is not a standard module (python3 -c "import sys; print(sorted(sys.stdlib_module_names))" lists them), e.g. python.package=my${top.replace(/^_+/, '')}models`,
    );
  }
  return pkg;
}

const PYTHON_VERSION = /^[0-9A-Za-z.+!-]+$/;

function checkPackageVersion(version: unknown): string {
  if (typeof version !== 'string' || !PYTHON_VERSION.test(version)) {
    throw new OptionsError(
      `python.packageVersion must be a version such as "1.0.0", found ${JSON.stringify(version)}`,
      'write e.g. python.packageVersion=1.0.0',
    );
  }
  return version;
}
