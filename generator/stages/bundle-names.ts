// bundle-names: how stages/bundle.ts names what it embeds: machine-independent file URIs, and a
// readable, collision-free "$defs" key for each embedded document.

import { dirname, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeURIComponentSafe } from '../model/validation.js';

/**
 * file:// URIs of the real files -> file:///<path relative to the deepest folder holding them all>:
 * the same on every machine, and `..` between files keeps its meaning.
 */
export function virtualFileUris(documents: readonly { readonly uri: string; readonly path: string | null }[]): (uri: string) => string {
  const folders = documents.filter((d) => d.uri.startsWith('file:') && d.path !== null).map((d) => dirname(d.path!));
  let base = folders[0] ?? '/';
  for (const folder of folders) while (relative(base, folder).split(sep)[0] === '..') base = dirname(base);
  const prefix = pathToFileURL(base).href.replace(/\/?$/, '/');
  return (uri) => (uri.startsWith(prefix) ? `file:///${uri.slice(prefix.length)}` : uri);
}

/**
 * Readable keys: the shortest tail of each URI's path (extension dropped, then kept, then a number)
 * that no other key has, compared as declaration names are (case and separators ignored): a
 * "Pet": {"$ref": "pet.json"} beside the embedded pet.json would otherwise name two types "Pet".
 */
export function keysFor(uris: readonly string[], taken: ReadonlySet<string>): string[] {
  const same = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '');
  const choices = uris.map((uri) => {
    const m = /^[A-Za-z][A-Za-z0-9+.-]*:(?:\/\/([^/?#]*))?([^?#]*)/.exec(uri);
    const segments = [m?.[1] ?? '', ...(m?.[2] ?? uri).split('/')].map((s) => decodeURIComponentSafe(s).replace(/[^A-Za-z0-9_-]+/g, '_'));
    const words = segments.filter((s) => s !== '' && s !== '_');
    const extension = /_(json|ya?ml)$/i.exec(words.at(-1) ?? '');
    const bare = extension === null ? words : [...words.slice(0, -1), words.at(-1)!.slice(0, extension.index)];
    const tails = bare.map((_, n) => bare.slice(bare.length - n - 1).join('_'));
    return extension === null ? tails : [...tails, words.join('_')];
  });
  const level = choices.map(() => 0);
  const candidate = (i: number): string => choices[i]![level[i]!] ?? 'document';
  const used = new Set([...taken].map(same));
  for (;;) {
    const seen = new Map<string, number[]>();
    choices.forEach((_, i) => seen.set(same(candidate(i)), [...(seen.get(same(candidate(i))) ?? []), i]));
    const clashing = [...seen].flatMap(([key, at]) => (at.length > 1 || used.has(key) ? at : []));
    const growable = clashing.filter((i) => level[i]! < choices[i]!.length - 1);
    if (growable.length === 0) break;
    for (const i of growable) level[i]!++;
  }
  return choices.map((_, i) => {
    let key = candidate(i);
    for (let n = 2; used.has(same(key)); n++) key = `${candidate(i)}_${n}`;
    used.add(same(key));
    return key;
  });
}
