// node:url in the playground's browser bundle (build.ts): the two conversions stages/bundle.ts
// makes between file paths and file: URIs, for the POSIX paths the playground names its one
// schema by ("/<file name>"). They encode as Node.js's do (%, \, newline, CR, tab, ? and #), so a
// file name gives the same URI, and so the same validation documents, as on the command line.

export function pathToFileURL(path: string): URL {
  const url = new URL('file:///');
  url.pathname = path.replace(/[%\\\n\r\t?#]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return url;
}

export function fileURLToPath(url: string | URL): string {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  if (parsed.protocol !== 'file:') throw new TypeError(`not a file URL: ${parsed.href}`);
  if (/%2f/i.test(parsed.pathname)) throw new TypeError(`a file URL path must not include encoded / characters: ${parsed.href}`);
  return decodeURIComponent(parsed.pathname);
}
