// manifest: ".schema-codegen-manifest", what the last run wrote. Its lines, in this order:
// `inputs <target> <fingerprint>` per target, then `<sha256>  <path>` per file (as sha256sum
// prints them), or a bare path when the hash is unknown (a manifest from before hashes).
// It is read back from a folder anyone may have edited: a path that is not a plain relative one
// ("../x", "/etc/passwd") is dropped with a warning, so it can never lead a read or a prune outside.

import { quoted } from '../errors.js';
import { badPathReason, type OutDirReader } from './out-paths.js';

export const MANIFEST = '.schema-codegen-manifest';

export interface Manifest {
  readonly inputs: ReadonlyMap<string, string>;
  readonly files: ReadonlyMap<string, string | null>;
}

const MANIFEST_HEADER = '# schema-codegen: the files of the last run, each with its SHA-256, and what each target was generated from';
const HASHED_LINE = /^([0-9a-f]{64}) {2}(.+)$/;

/** Paths already warned about: the manifest is read several times per run. */
const warned = new Set<string>();

export function readManifest(reader: OutDirReader): Manifest {
  const inputs = new Map<string, string>();
  const files = new Map<string, string | null>();
  for (const line of (reader.read(MANIFEST)?.toString('utf8') ?? '').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const hashed = HASHED_LINE.exec(line);
    if (hashed === null && line.startsWith('inputs ')) {
      const [, target, fingerprint] = line.split(' ');
      inputs.set(target!, fingerprint!);
      continue;
    }
    const [path, hash] = hashed === null ? [line, null] : [hashed[2]!, hashed[1]!];
    if (keepPath(path)) files.set(path, hash);
  }
  return { inputs, files };
}

function keepPath(path: string): boolean {
  const reason = badPathReason(path);
  if (reason === null) return true;
  if (!warned.has(path)) {
    warned.add(path);
    process.stderr.write(`warning: ${MANIFEST} lists ${quoted(path)}, which is not a plain relative path (${reason}); ignored\n`);
  }
  return false;
}

export function manifestText(
  old: Manifest,
  targets: readonly string[],
  written: ReadonlyMap<string, string>,
  inputs: ReadonlyMap<string, string> | null,
): string {
  const files = new Map([...old.files].filter(([p]) => !ownedByTargets(p, targets)));
  for (const [path, hash] of written) files.set(path, hash);
  const targetInputs = new Map([...old.inputs].filter(([t]) => !targets.includes(t)));
  for (const [target, fingerprint] of inputs ?? []) targetInputs.set(target, fingerprint);
  const inputLines = [...targetInputs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, f]) => `inputs ${t} ${f}`);
  const fileLines = [...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, h]) => (h === null ? p : `${h}  ${p}`));
  return `${[MANIFEST_HEADER, ...inputLines, ...fileLines].join('\n')}\n`;
}

export function ownedByTargets(path: string, targets: readonly string[]): boolean {
  return targets.some((t) => path.startsWith(`${t}/`));
}
