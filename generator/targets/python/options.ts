// The python target's options, checked once, before any name or view: the package (a dotted
// module name that shadows no standard module), its version, the property order, the pattern
// policy, and whether `format` asserts. A bad value is an OptionsError here, never a surprise in the middle of rendering.

import { OptionsError, quoted } from '../../errors.js';
import type { PATTERN_POLICIES } from '../../regex/index.js';
import { checkPropertyOrder, type PropertyOrder } from '../shared/common.js';
import { isAsciiIdentifier, isDottedName } from '../../model/naming.js';
import { PYTHON_STDLIB_MODULES } from '../shared/platform-names.js';
import { PYTHON_RESERVED } from '../shared/reserved.js';
import type { TargetOptions } from '../target.js';

export interface PythonOptions {
  /** Dotted import name, e.g. "openapiopenai". */
  readonly package: string;
  readonly packageVersion: string;
  readonly propertyOrder: PropertyOrder;
  /** Already checked by the pipeline (regex/index.ts checkPatternPolicy), which owns the policy. */
  readonly patterns: (typeof PATTERN_POLICIES)[number];
  /** `annotate`: `format` is an annotation, as draft 2020-12 says; `assert`: the runtime checks the formats it knows. */
  readonly formats: (typeof FORMAT_POLICIES)[number];
}

export const FORMAT_POLICIES = ['annotate', 'assert'] as const;

export function parseOptions(options: TargetOptions): PythonOptions {
  return {
    package: checkPackage(options['package']),
    packageVersion: checkPackageVersion(options['packageVersion']),
    propertyOrder: checkPropertyOrder(options['propertyOrder']),
    patterns: options['patterns'] as PythonOptions['patterns'],
    formats: checkFormats(options['formats']),
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

function checkPackage(pkg: unknown): string {
  if (typeof pkg !== 'string' || !isDottedName(pkg, isAsciiIdentifier, PYTHON_RESERVED)) {
    throw new OptionsError(`python.package must be a dotted Python module name, found ${JSON.stringify(pkg)}`, 'write e.g. python.package=openapiopenai');
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

function checkPackageVersion(version: unknown): string {
  if (typeof version !== 'string' || !/^[0-9A-Za-z.+!-]+$/.test(version)) {
    throw new OptionsError(
      `python.packageVersion must be a version such as "1.0.0", found ${JSON.stringify(version)}`,
      'write e.g. python.packageVersion=1.0.0',
    );
  }
  return version;
}
