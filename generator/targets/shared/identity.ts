// Package identity: the name, version, description, license and repository each package file
// (package.json, pyproject.toml, .csproj, pom.xml) declares. They are options, and their defaults
// are neutral: derived from the schema (its title, else its file name), never from one particular
// API. An option whose default is "" means "derived": the target's schemaDefaults fills the ones
// that need the schema before parseOptions, and parseOptions derives the rest from other options
// (python's distribution name from its package, C#'s package id from its namespace).

import { OptionsError } from '../../errors.js';
import type { Model } from '../../model/ir.js';
import { splitWords } from '../../model/naming.js';
import type { TargetOptions } from '../target.js';
import { splitLines } from './text.js';

/** The identity options every package target accepts, with their defaults ("": derived or left out). */
export const IDENTITY_DEFAULTS = { packageName: '', packageVersion: '1.0.0', description: '', license: '', repository: '' } as const;

/** What a package file declares about itself, checked; license and repository are null when not given. */
export interface PackageIdentity {
  readonly version: string;
  readonly description: string;
  readonly license: string | null;
  readonly repository: string | null;
}

/**
 * The schema's name as ASCII words: its title, else its file name without extensions. `caseSplit`
 * also splits at case changes ("OpenAI" -> open, ai), which PascalCase wants; lower-case names
 * keep "openai" whole. Words that are not ASCII letters and digits are dropped.
 */
export function schemaWords(model: Model, caseSplit = false): string[] {
  const file = model.source
    .split('/')
    .pop()!
    .replace(/(\.schema)?\.(json|ya?ml)$/i, '');
  const name = model.title !== null && /[A-Za-z0-9]/.test(model.title) ? model.title : file;
  const words = caseSplit ? splitWords(name) : name.toLowerCase().split(/[^a-z0-9]+/);
  return words.map((w) => w.replace(/[^a-z0-9]/g, '')).filter((w) => w !== '');
}

/** The first candidate `accept` takes (the name as derived, then with a suffix), else the fallback: a derived default never fails. */
export function firstAccepted(candidates: readonly string[], accept: (name: string) => boolean, fallback: string): string {
  return candidates.find((c) => c !== '' && accept(c)) ?? fallback;
}

/** Options whose value is "" take the schema-derived value; every other value is the user's. */
export function withSchemaDefaults(options: TargetOptions, derived: TargetOptions): TargetOptions {
  const filled: Record<string, TargetOptions[string]> = { ...options };
  for (const [key, value] of Object.entries(derived)) if (options[key] === '') filled[key] = value;
  return filled;
}

/** The identity options other than the name, checked; `version` is checked by `versionPattern` (each ecosystem has its own). */
export function parseIdentity(
  target: string,
  options: TargetOptions,
  versionPattern: RegExp,
  versionHint: string,
): Omit<PackageIdentity, 'description'> & { description: string | null } {
  const text = (key: string): string => {
    const value = options[key] ?? '';
    if (typeof value !== 'string' || /[\u0000-\u001f\u007f]/.test(value))
      throw new OptionsError(`${target}.${key} must be one line of text, found ${JSON.stringify(value)}`, `write e.g. --option ${target}.${key}=...`);
    return value;
  };
  const version = text('packageVersion');
  if (!versionPattern.test(version))
    throw new OptionsError(`${target}.packageVersion must be a version such as "1.0.0", found ${JSON.stringify(version)}`, versionHint);
  const license = text('license');
  // An SPDX expression: identifiers joined by AND, OR, WITH, with parentheses.
  if (license !== '' && !/^[A-Za-z0-9.+()-]+( +(AND|OR|WITH) +[A-Za-z0-9.+()-]+)*$/.test(license))
    throw new OptionsError(
      `${target}.license must be an SPDX license expression, found ${JSON.stringify(license)}`,
      `write e.g. ${target}.license=MIT or ${target}.license="Apache-2.0 OR MIT"`,
    );
  const repository = text('repository');
  if (repository !== '' && !/^[a-z][a-z0-9+.-]*:[^\s"'<>\\]+$/i.test(repository))
    throw new OptionsError(
      `${target}.repository must be a URL, found ${JSON.stringify(repository)}`,
      `write e.g. ${target}.repository=https://github.com/acme/models`,
    );
  const description = text('description');
  return {
    version,
    description: description === '' ? null : description,
    license: license === '' ? null : license,
    repository: repository === '' ? null : repository,
  };
}

/** The package's one-line description: the option, else the schema's title or description, else what it is made from. */
export function packageDescription(model: Model, given: string | null): string {
  return splitLines(given ?? model.title ?? model.description ?? `Models for ${model.source}`)[0]!;
}

/** Semantic versioning 2.0.0, which npm and NuGet require (Maven takes it too). */
export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/** The license and repository as a package file's view prints them: each with whether it is given, in that file's quoting. */
export interface LicenseAndRepository {
  readonly hasLicense: boolean;
  readonly license: string;
  readonly hasRepository: boolean;
  readonly repository: string;
}

export function licenseAndRepository(identity: Pick<PackageIdentity, 'license' | 'repository'>, quote: (text: string) => string): LicenseAndRepository {
  return {
    hasLicense: identity.license !== null,
    license: quote(identity.license ?? ''),
    hasRepository: identity.repository !== null,
    repository: quote(identity.repository ?? ''),
  };
}
