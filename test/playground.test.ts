// The playground (generator/playground/, built into dist/playground/) in a real browser: Debian's
// Chromium, headless, driven by puppeteer-core. The page is opened as a file (no server: its
// worker starts from a Blob). It types the canonical schema (the bulk pasted through the editor's
// input event, the end typed as real keystrokes, which must start the run that renders), then
// reads every file of every tab through the page's own tabs and file picker and compares each,
// byte for byte, with generated/ (which test/generated.test.ts holds equal to the CLI's output
// with the same config). Then errors: a bad "$ref" at the pointer the CLI names, a parse error at
// its line and column, a reference to another file refused at its "$ref", patterns checked in the
// worker (the regex analysis bundled, examples tested without a child process), and YAML.
// The page is the one `npm run build` made (vitest's global setup runs it, test/global-setup.ts).
// The screenshot is kept as .tmp/playground.png. In CI a missing Chromium is a failure;
// elsewhere the test says loudly that it did not run.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../generator/files.js';
import { spanOfPointer } from '../generator/playground/locate.js';
import * as browserUrl from '../generator/playground/node/url.js';
import { CANONICAL_SCHEMA, ROOT } from './helpers/cases.js';

const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
const PAGE = pathToFileURL(join(ROOT, 'dist', 'playground', 'index.html')).href;
const SCREENSHOT = join(ROOT, '.tmp', 'playground.png');
/** The writer's own files in generated/, not a target's: the page has no writer. */
const WRITER_FILES = /^\.schema-codegen-/;

function chromium(): string | null {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  if (process.env['CI'] === 'true') throw new Error(`Chromium is missing at ${CHROMIUM} (CI needs it: .ci/setup-system.sh installs Debian's chromium)`);
  console.warn(`\n*** NOT RUN: no Chromium at ${CHROMIUM}; apt-get install chromium (or set CHROMIUM) to run test/playground.test.ts ***\n`);
  return null;
}

const executable = chromium();

describe.skipIf(executable === null)('the playground page in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await puppeteer.launch({ executablePath: executable!, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(PAGE);
    await settled(page, 0);
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('renders every file of every target as the CLI wrote generated/, after a typed edit', async () => {
    const schema = readFileSync(CANONICAL_SCHEMA, 'utf8');
    const typed = schema.slice(-60); // the end: a few lines, as keystrokes
    await setFileName(page, 'realtime-events.schema.json');
    await pasted(page, '');
    const truncated = await pasted(page, schema.slice(0, -typed.length));
    expect(truncated.state).toBe('error'); // half a document does not parse: the outputs below come from the typing
    await page.evaluate(() => {
      const editor = document.getElementById('schema') as HTMLTextAreaElement;
      editor.focus();
      editor.setSelectionRange(editor.value.length, editor.value.length);
      // Long tasks of the page's own thread while the typed text renders: the worker keeps them short.
      (window as unknown as { longest: number }).longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          (window as unknown as { longest: number }).longest = Math.max((window as unknown as { longest: number }).longest, entry.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const typing = Date.now();
    await page.keyboard.type(typed);
    // Only the whole text generates (a prefix of a JSON document never parses), whatever runs start while typing.
    const done = await settled(page, truncated.generation, 'ready');
    expect(done.state, done.problems).toBe('ready');
    expect(await page.$eval('#schema', (e) => (e as HTMLTextAreaElement).value)).toBe(schema);
    const figures = await page.evaluate(() => ({
      status: document.getElementById('status')!.textContent,
      longest: (window as unknown as { longest: number }).longest,
    }));
    console.log(
      `playground: typed ${typed.length} keys and rendered in ${Date.now() - typing} ms; worker: ${figures.status}; longest main-thread task ${figures.longest} ms`,
    );

    const shown = await everyFile(page);
    const expected = listFiles(join(ROOT, 'generated')).filter((f) => !WRITER_FILES.test(f));
    expect([...shown.keys()].sort()).toEqual(expected.sort());
    const differing = expected.filter((f) => !Buffer.from(shown.get(f)!, 'utf8').equals(readFileSync(join(ROOT, 'generated', f))));
    expect(differing).toEqual([]);

    await page.click('[data-target="typescript"]');
    await page.select('#file-picker', 'index.ts');
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  });

  it('shows a bad "$ref" at the pointer the CLI names, and selects it in the editor', async () => {
    const broken = readFileSync(CANONICAL_SCHEMA, 'utf8').replace('"#/$defs/RealtimeClientEventConversationItemTruncate"', '"#/$defs/Missing"');
    const cli = cliError(broken, 'realtime-events.schema.json');
    expect(cli.pointer).toMatch(/\/\$ref$/);
    const result = await pasted(page, broken);
    expect(result.state).toBe('error');
    expect(result.problems).toContain(cli.message);
    expect(await selectedAt(page, cli.pointer)).toMatch(/^"\$ref": "#\/\$defs\/Missing"$/);
  });

  it('shows where text that is not JSON stops parsing, and a reference to another file as an error at its "$ref"', async () => {
    const syntax = await pasted(page, '{\n  "type": "object",\n  "properties": { "a": { "type": "string", } }\n}\n');
    expect(syntax.state).toBe('error');
    expect(syntax.problems).toMatch(/line 3, column \d+/);

    const external = await pasted(page, '{ "type": "object", "properties": { "a": { "$ref": "other.schema.json#/$defs/A" } } }');
    expect(external.state).toBe('error');
    expect(external.problems).toContain('cannot read other.schema.json');
    expect(external.problems).toContain('the playground holds only the schema typed here');
    expect(await selectedAt(page, '/properties/a/$ref')).toBe('"$ref": "other.schema.json#/$defs/A"');
  });

  it('checks patterns in the worker: an example that does not match warns, a backtracking pattern runs on the linear-time matcher, one it cannot run is refused at its pointer', async () => {
    const tag = (pattern: string): string =>
      JSON.stringify({ title: 'Tag', type: 'object', properties: { name: { type: 'string', pattern, examples: ['abc', 'ABC'] } } }, null, 2);
    const warned = await pasted(page, tag('^[a-z]+$'));
    expect(warned.state).toBe('ready');
    expect(warned.problems).toContain('warning: example 1 of "name" does not validate');
    expect(warned.problems).toContain('#/properties/name/examples/1');
    expect((await pasted(page, tag('^(a+)+$'))).state).toBe('ready');
    const refused = await pasted(page, tag('^a(?=a)(a+)+$'));
    expect(refused.state).toBe('error');
    expect(refused.problems).toContain('it has a lookahead');
    expect(await selectedAt(page, '/properties/name/pattern')).toBe('"pattern": "^a(?=a)(a+)+$"');
  });

  it('reads YAML, and points into it', async () => {
    await setFileName(page, 'pet.yaml'); // as on the command line, a .json file is JSON
    const yaml = await pasted(page, 'title: Pet\ntype: object\nproperties:\n  name:\n    type: string\n  owner:\n    $ref: "#/$defs/Nobody"\n');
    expect(yaml.state).toBe('error');
    expect(await selectedAt(page, '/properties/owner/$ref')).toBe('$ref: "#/$defs/Nobody"');
    expect((await pasted(page, 'title: Pet\ntype: object\nproperties:\n  name:\n    type: string\n')).state).toBe('ready');
    await page.click('[data-target="typescript"]');
    await page.select('#file-picker', 'index.ts');
    expect(await page.$eval('#output', (e) => e.textContent)).toContain('export interface Pet {');
  });
});

// stages/bundle.ts names the root schema by its file URI, which the validation documents carry:
// the page's stand-in for node:url must give the URI Node.js gives, whatever the file is called.
describe("the playground's node:url", () => {
  it('converts file names as Node.js does', () => {
    for (const name of [
      'realtime-events.schema.json',
      'a b.json',
      'ü€😀.yaml',
      '50%.json',
      'a#b?c.json',
      'back\\slash.json',
      'q\'"<>`{}|^.json',
      'tab\there.json',
      'a[1]~.json',
      'trailing \u0001',
    ]) {
      const path = `/${name}`;
      expect(browserUrl.pathToFileURL(path).href, name).toBe(pathToFileURL(path).href);
      expect(browserUrl.fileURLToPath(pathToFileURL(path).href), name).toBe(fileURLToPath(pathToFileURL(path).href));
    }
  });
});

/** Replaces the editor's text as a paste does (one input event), and waits for the run it starts. */
async function pasted(page: Page, text: string): Promise<{ state: string; generation: number; problems: string }> {
  const before = await generation(page); // read first: a fast run could otherwise be shown before it is read
  await page.$eval(
    '#schema',
    (editor, value) => {
      (editor as HTMLTextAreaElement).value = value;
      editor.dispatchEvent(new Event('input', { bubbles: true }));
    },
    text,
  );
  return settled(page, before);
}

async function setFileName(page: Page, name: string): Promise<void> {
  await page.click('#file-name', { count: 3 });
  await page.keyboard.press('Backspace');
  await page.keyboard.type(name);
}

async function generation(page: Page): Promise<number> {
  return page.$eval('body', (body) => Number((body as HTMLElement).dataset['generation']));
}

/** Waits for a run after `after` to be shown (one in state `want`, when given); its state (ready or error) and the problems listed. */
async function settled(page: Page, after: number, want?: 'ready' | 'error'): Promise<{ state: string; generation: number; problems: string }> {
  await page.waitForFunction(
    (n: number, state: string | null) =>
      Number(document.body.dataset['generation']) > n &&
      document.body.dataset['state'] !== 'busy' &&
      (state === null || document.body.dataset['state'] === state),
    { timeout: 20_000 },
    after,
    want ?? null,
  );
  return page.evaluate(() => ({
    state: document.body.dataset['state']!,
    generation: Number(document.body.dataset['generation']),
    problems: document.getElementById('problems')!.innerText,
  }));
}

/** Every file the page shows, by its path under the output folder, read through the tabs and the file picker. */
async function everyFile(page: Page): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const target of await page.$$eval('#tabs [data-target]', (tabs) => tabs.map((t) => (t as HTMLElement).dataset['target']!))) {
    await page.click(`[data-target="${target}"]`);
    for (const path of await page.$$eval('#file-picker option', (options) => options.map((o) => (o as HTMLOptionElement).value))) {
      await page.select('#file-picker', path);
      const { file, text } = await page.$eval('#output', (output) => ({ file: (output as HTMLElement).dataset['file']!, text: output.textContent! }));
      expect(file).toBe(`${target}/${path}`);
      files.set(file, text);
    }
  }
  return files;
}

/** Clicks the listed problem's pointer and returns the editor's selection. */
async function selectedAt(page: Page, pointer: string): Promise<string> {
  await page.click(`#problems button[data-pointer=${JSON.stringify(pointer)}]`);
  return page.$eval('#schema', (e) => {
    const editor = e as HTMLTextAreaElement;
    return editor.value.slice(editor.selectionStart, editor.selectionEnd);
  });
}

/** The CLI's error for a schema: its message and pointer (exit 2). */
function cliError(schema: string, name: string): { message: string; pointer: string } {
  const dir = mkdtempSync(join(tmpdir(), 'playground-'));
  try {
    writeFileSync(join(dir, name), schema);
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'generate', '--schema', name, '--out', 'out'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(2);
    const found = /^error: (.*)\n {2}at [^#\n]*#(.*)$/m.exec(run.stderr);
    expect(found, run.stderr).not.toBeNull();
    return { message: found![1]!, pointer: found![2]! };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// locate.ts: the span a click on an error selects, found from js-yaml's events for YAML.
describe("the playground's locate, in YAML", () => {
  const yaml = [
    'title: Pet',
    'properties:',
    '  name: {type: string, enum: ["a", \'b\']}',
    '  tags:',
    '    type: array',
    '    items: &item',
    '      type: string',
    '  empty: {}',
    '  list: [1, [], x]',
    '  alias: *item',
    '  text: |',
    '    two',
    '    lines',
    '  none:',
    '"quoted key": 1',
    '',
  ].join('\n');
  const selected = (pointer: string): string | null => {
    const span = spanOfPointer(yaml, pointer);
    return span === null ? null : yaml.slice(span.start, span.end);
  };

  it('selects a member from its key to the end of its value, an item as itself', () => {
    expect(selected('/title')).toBe('title: Pet');
    expect(selected('/properties/name')).toBe("name: {type: string, enum: [\"a\", 'b']}");
    expect(selected('/properties/name/enum')).toBe("enum: [\"a\", 'b']");
    expect(selected('/properties/name/enum/0')).toBe('"a"');
    expect(selected('/properties/name/enum/1')).toBe("'b'");
    expect(selected('/properties/tags/items')).toBe('items: &item\n      type: string');
    expect(selected('/properties/empty')).toBe('empty: {}');
    expect(selected('/properties/list/1')).toBe('[]');
    expect(selected('/properties/list/2')).toBe('x');
    expect(selected('/properties/alias')).toBe('alias: *item');
    expect(selected('/properties/text')).toBe('text: |\n    two\n    lines\n');
    expect(selected('/properties/none')).toBe('none');
    expect(spanOfPointer('a:\n  b: 1\n  c:\nd: 2\n', '/a')).toEqual({ start: 0, end: 13 }); // a last `c:` with no value ends at its key
    expect(selected('/quoted key')).toBe('"quoted key": 1');
  });

  it('selects the deepest part there is for a pointer below it, and nothing in text that does not parse', () => {
    expect(selected('/properties/tags/missing/deeper')).toBe('tags:\n    type: array\n    items: &item\n      type: string');
    expect(selected('/properties/list/7')).toBe('list: [1, [], x]');
    expect(selected('')).toBe(yaml.trimEnd());
    expect(spanOfPointer('a: [1\n', '/a')).toBeNull();
    expect(spanOfPointer('', '')).toBeNull();
    // An empty item has no place of its own: its sequence's member is selected.
    expect(spanOfPointer('a:\n- \n- x\n', '/a/1')).toEqual({ start: 8, end: 9 });
    expect(spanOfPointer('a:\n- \n- x\n', '/a/0')).toEqual({ start: 0, end: 9 });
  });
});
