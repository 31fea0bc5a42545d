// URI references resolved per RFC 3986, section 5.2 (the algorithm, written out): JSON Schema
// resolves every `$id` and `$ref` against the base URI of the resource it stands in. WHATWG's
// URL (what `new URL` implements) refuses relative references against opaque bases such as
// `urn:uuid:...` and rewrites hosts and paths of non-special schemes, so it is not used here.

interface Parts {
  scheme: string | null;
  authority: string | null;
  path: string;
  query: string | null;
  fragment: string | null;
}

/** RFC 3986 appendix B, the one regular expression that splits any URI reference. */
const SPLIT = /^(?:([^:/?#]+):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s;

function split(ref: string): Parts {
  const m = SPLIT.exec(ref)!;
  return { scheme: m[1] ?? null, authority: m[2] ?? null, path: m[3] ?? '', query: m[4] ?? null, fragment: m[5] ?? null };
}

function join(p: Parts): string {
  let out = '';
  if (p.scheme !== null) out += `${p.scheme}:`;
  if (p.authority !== null) out += `//${p.authority}`;
  out += p.path;
  if (p.query !== null) out += `?${p.query}`;
  if (p.fragment !== null) out += `#${p.fragment}`;
  return out;
}

/** RFC 3986 5.2.4. */
function removeDotSegments(path: string): string {
  const input = path.split('/');
  const output: string[] = [];
  for (let i = 0; i < input.length; i++) {
    const segment = input[i]!;
    const last = i === input.length - 1;
    if (segment === '.') {
      if (last) output.push('');
    } else if (segment === '..') {
      if (output.length > 1 || (output.length === 1 && output[0] !== '')) output.pop();
      if (last) output.push('');
    } else output.push(segment);
  }
  return output.join('/');
}

/** RFC 3986 5.2.3. */
function merge(base: Parts, path: string): string {
  if (base.authority !== null && base.path === '') return `/${path}`;
  const at = base.path.lastIndexOf('/');
  return at < 0 ? path : base.path.slice(0, at + 1) + path;
}

/** `ref` resolved against `base` (RFC 3986 5.2.2, strict). */
export function resolveUri(base: string, ref: string): string {
  const r = split(ref);
  if (r.scheme !== null) return join({ ...r, path: removeDotSegments(r.path) });
  const b = split(base);
  const t: Parts = { scheme: b.scheme, authority: null, path: '', query: null, fragment: r.fragment };
  if (r.authority !== null) {
    t.authority = r.authority;
    t.path = removeDotSegments(r.path);
    t.query = r.query;
  } else {
    t.authority = b.authority;
    if (r.path === '') {
      t.path = b.path;
      t.query = r.query ?? b.query;
    } else {
      t.path = removeDotSegments(r.path.startsWith('/') ? r.path : merge(b, r.path));
      t.query = r.query;
    }
  }
  return join(t);
}

/** The URI without its fragment, and the fragment ("" when absent), percent-decoded. */
export function splitFragment(uri: string): [string, string] {
  const at = uri.indexOf('#');
  if (at < 0) return [uri, ''];
  return [uri.slice(0, at), decodeURIComponent(uri.slice(at + 1))];
}
