// TypeScript options, checked once before names and views: the member order, the module's file
// name, and whether `format` asserts in the shipped schema validator.

import { OptionsError } from '../../errors.js';
import { checkPropertyOrder, type PropertyOrder } from '../shared/common.js';
import type { TargetOptions } from '../target.js';
import { parseIdentity, SEMVER, type PackageIdentity } from '../shared/identity.js';
import { patternPolicy, type PatternPolicy } from '../../regex/index.js';

/** `format`: an annotation (2020-12's default), or an assertion of the formats the runtime knows. */
export const FORMAT_MODES = ['annotate', 'assert'] as const;

/** The generated file beside the module that holds the schema documents (validation-schema.hbs). */
export const VALIDATION_SCHEMA_FILE = 'validation-schema.ts';

export interface TypeScriptOptions {
  readonly propertyOrder: PropertyOrder;
  /** The module's file name in the output folder, e.g. "index.ts". */
  readonly fileName: string;
  readonly formats: (typeof FORMAT_MODES)[number];
  /** Which patterns run on the linear-time matcher rather than on V8's RegExp (regex/index.ts PATTERN_POLICIES). */
  readonly patterns: PatternPolicy;
  /** package.json's name; "" derives it from the schema (views/project.ts). */
  readonly packageName: string;
  readonly identity: Omit<PackageIdentity, 'description'> & { readonly description: string | null };
}

export function parseOptions(options: TargetOptions): TypeScriptOptions {
  return {
    propertyOrder: checkPropertyOrder(options['propertyOrder']),
    fileName: checkFileName(options['fileName']),
    formats: checkFormats(options['formats']),
    patterns: patternPolicy('typescript', options['patterns']),
    packageName: checkPackageName(options['packageName'] ?? ''),
    identity: parseIdentity('typescript', options, SEMVER, 'write e.g. typescript.packageVersion=1.0.0 (npm takes semantic versions)'),
  };
}

/** npm's rule for a package name: lower case, URL-safe, optionally @scope/, at most 214 characters. */
function checkPackageName(value: unknown): string {
  if (value === '' || (typeof value === 'string' && value.length <= 214 && /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(value)))
    return value as string;
  throw new OptionsError(
    `typescript.packageName must be an npm package name (lower case, digits, "-", ".", "_", "~", optionally @scope/), found ${JSON.stringify(value)}`,
    'write e.g. typescript.packageName=@acme/models',
  );
}

/** The module's file name is a path in the output folder: one plain name, like the other
 *  targets' package names, never a folder part, "..", or an absolute path; nor the name of the
 *  documents file beside it. */
function checkFileName(value: unknown): string {
  if (typeof value === 'string' && /^[A-Za-z0-9_][A-Za-z0-9_.-]*\.[cm]?ts$/.test(value) && value !== VALIDATION_SCHEMA_FILE) return value;
  throw new OptionsError(
    `typescript.fileName must be a plain file name ending in .ts, other than ${VALIDATION_SCHEMA_FILE} (the schema documents beside it), found ${JSON.stringify(value)}`,
    'use letters, digits, "_", "-" and "." without any folder part, e.g. typescript.fileName=models.ts',
  );
}

function checkFormats(value: unknown): TypeScriptOptions['formats'] {
  if (FORMAT_MODES.includes(value as never)) return value as TypeScriptOptions['formats'];
  throw new OptionsError(
    `typescript.formats must be one of ${FORMAT_MODES.join(', ')}, found ${JSON.stringify(value)}`,
    'annotate (the default, as JSON Schema 2020-12 says) leaves "format" unchecked; write typescript.formats=assert to reject values that do not match their format',
  );
}
