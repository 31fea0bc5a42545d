// node:url in the playground's browser bundle (build.ts): the two conversions stages/bundle.ts
// makes between file paths and file: URIs, for the POSIX paths the playground names its one
// schema by ("/<file name>"). The root's URI is in the validation documents the outputs carry, so
// it must be Node.js's: Node 20 encodes these characters itself, then parses the string as a URL
// (which drops trailing control characters); test/playground.test.ts compares the two.

const ENCODED_BY_NODE = /[%\\\n\r\t ?#[\]^|~]/g;

export function pathToFileURL(path: string): URL {
  return new URL(`file://${path.replace(ENCODED_BY_NODE, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}`);
}

export function fileURLToPath(url: string | URL): string {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  if (parsed.protocol !== 'file:') throw new TypeError(`not a file URL: ${parsed.href}`);
  if (/%2f/i.test(parsed.pathname)) throw new TypeError(`a file URL path must not include encoded / characters: ${parsed.href}`);
  return decodeURIComponent(parsed.pathname);
}
