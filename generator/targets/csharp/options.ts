// The csharp target's options, checked once before any name or view: the namespace (a dotted C#
// name outside the .NET platform's namespaces), the target framework (System.Text.Json must be in
// it), the property order, whether `format` asserts, and whether formatted values get native
// views (DateTimeOffset, DateOnly, Guid, Uri beside the JSON value), and which patterns run on
// the linear-time matcher rather than on .NET's Regex (`patterns`, regex/index.ts).

import { OptionsError, quoted } from '../../errors.js';
import { checkPropertyOrder, type PropertyOrder } from '../shared/common.js';
import { isDottedName, isPlainIdentifier } from '../../model/naming.js';
import { CSHARP_PLATFORM_NAMESPACES, isInside } from '../shared/platform-names.js';
import { CSHARP_RESERVED } from '../shared/reserved.js';
import type { TargetOptions } from '../target.js';
import { parseIdentity, SEMVER, type PackageIdentity } from '../shared/identity.js';
import { checkNativeFormats } from '../shared/formats.js';
import { patternPolicy, type PatternPolicy } from '../../regex/index.js';

export interface CsharpOptions {
  readonly namespace: string;
  /** The NuGet package id: csharp.packageName, else the namespace. */
  readonly packageId: string;
  readonly identity: Omit<PackageIdentity, 'description'> & { readonly description: string | null };
  readonly targetFramework: string;
  readonly order: PropertyOrder;
  /** `annotate` (2020-12's default: format is an annotation) or `assert` (the runtime validator checks formats). */
  readonly formats: Formats;
  /** Whether formatted strings and integers get a native view beside their JSON value (targets/shared/formats.ts). */
  readonly nativeFormats: boolean;
  /** Which patterns run on the linear-time matcher rather than on .NET's Regex (regex/index.ts PATTERN_POLICIES). */
  readonly patterns: PatternPolicy;
}

export const FORMATS = ['annotate', 'assert'] as const;
export type Formats = (typeof FORMATS)[number];

export function parseOptions(options: TargetOptions): CsharpOptions {
  const namespace = checkNamespace(options['namespace']);
  const order = checkPropertyOrder(options['propertyOrder']);
  return {
    namespace,
    packageId: checkPackageId(options['packageName'] ?? '', namespace),
    identity: parseIdentity('csharp', options, SEMVER, 'write e.g. csharp.packageVersion=1.0.0 (NuGet takes semantic versions)'),
    targetFramework: checkFramework(options['targetFramework']),
    order,
    formats: checkFormats(options['formats']),
    nativeFormats: checkNativeFormats('csharp', options['nativeFormats']),
    patterns: patternPolicy('csharp', options['patterns']),
  };
}

/** NuGet's package id rule (letters, digits, ".", "_", "-"; at most 100); "" means the namespace. */
function checkPackageId(value: TargetOptions[string], namespace: string): string {
  if (value === '') return namespace;
  if (typeof value === 'string' && /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$/.test(value)) return value;
  throw new OptionsError(`csharp.packageName must be a NuGet package id, found ${JSON.stringify(value)}`, 'write e.g. csharp.packageName=Acme.Models');
}

/** A namespace the schema-derived default may take. */
export function isNamespace(text: string): boolean {
  return isDottedName(text, isPlainIdentifier, CSHARP_RESERVED) && !CSHARP_PLATFORM_NAMESPACES.some((prefix) => isInside(text, prefix));
}

function checkFormats(value: TargetOptions[string] | undefined): Formats {
  if (value === undefined) return 'annotate';
  if (!FORMATS.includes(value as never)) {
    throw new OptionsError(
      `option csharp.formats must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(value)}`,
      'write e.g. --option csharp.formats=assert',
    );
  }
  return value as Formats;
}

function checkNamespace(value: TargetOptions[string] | undefined): string {
  const text = String(value);
  if (!isDottedName(text, isPlainIdentifier, CSHARP_RESERVED)) {
    throw new OptionsError(`csharp.namespace must be a dotted C# name, found ${JSON.stringify(value)}`, 'write e.g. csharp.namespace=Acme.Models');
  }
  const platform = CSHARP_PLATFORM_NAMESPACES.find((prefix) => isInside(text, prefix));
  if (platform !== undefined) {
    throw new OptionsError(
      `csharp.namespace ${JSON.stringify(text)} is inside ${quoted(platform)}, a namespace of the .NET platform: the generated types would shadow the framework's`,
      'use a namespace of your own, e.g. csharp.namespace=MyCompany.Models',
    );
  }
  return text;
}

function checkFramework(value: TargetOptions[string] | undefined): string {
  const match = /^net(\d+)\.\d+$/.exec(String(value));
  if (match === null || Number(match[1]) < 6) {
    throw new OptionsError(
      `csharp.targetFramework must be net6.0 or later, found ${JSON.stringify(value)}`,
      'write e.g. csharp.targetFramework=net8.0; System.Text.Json must be in the framework',
    );
  }
  return String(value);
}
