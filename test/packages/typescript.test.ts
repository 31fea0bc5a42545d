// The TypeScript output is an npm package (issue 20): tsc builds it with its own tsconfig.json into
// dist/ (JavaScript and declarations), npm pack packs it, and a fresh ESM consumer project installs
// the tarball offline (a local tarball with no dependencies needs no registry), compiles against
// its types with tsc (NodeNext resolution reads package.json's "exports" and "types") and runs.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cases.js';
import { canonicalOutput, run, tempDir } from './tools.js';

const TSC = join(ROOT, 'node_modules', '.bin', 'tsc');

const CONSUMER = `import { parseConversationItemTruncateEvent, isRealtimeServerEvent, type ConversationItemTruncateEvent } from 'openai-realtime-events';

const text = '{"event_id":"event_678","type":"conversation.item.truncate","item_id":"msg_002","content_index":0,"audio_end_ms":1500}';
const event: ConversationItemTruncateEvent = parseConversationItemTruncateEvent(text);
let rejected = '';
try {
  parseConversationItemTruncateEvent('{"type":"conversation.item.truncate","item_id":"m","content_index":-1,"audio_end_ms":0}');
} catch (error) {
  rejected = (error as Error).message;
}
console.log(JSON.stringify({ roundTrip: JSON.stringify(event) === text, ms: event.audio_end_ms, server: isRealtimeServerEvent(JSON.parse(text)), rejected: rejected !== '' }));
`;

describe('TypeScript output as an npm package', () => {
  it('builds with tsc, packs with npm pack, installs offline into a consumer that compiles and runs', () => {
    const pkg = canonicalOutput('typescript');
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({ type: 'module', types: './dist/index.d.ts', files: ['dist'], exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } } });

    run(TSC, ['-p', 'tsconfig.json'], pkg);
    for (const file of ['index.js', 'index.d.ts', 'validation-schema.js', 'runtime/schema.js']) expect(existsSync(join(pkg, 'dist', file)), file).toBe(true);

    const packed = JSON.parse(run('npm', ['pack', '--json', '--offline', '--ignore-scripts'], pkg)) as { filename: string; files: { path: string }[] }[];
    const tarball = join(pkg, packed[0]!.filename);
    const shipped = packed[0]!.files.map((f) => f.path).sort();
    expect(shipped).toContain('dist/index.d.ts');
    expect(shipped.filter((p) => p.endsWith('.ts') && !p.endsWith('.d.ts')), 'sources stay out of the tarball').toEqual([]);

    const consumer = tempDir('ts-consumer');
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], consumer);
    writeFileSync(join(consumer, 'main.ts'), CONSUMER);
    // NodeNext: resolution as Node does it, through the package's "exports" and "types"; DOM's lib for console only.
    const compilerOptions = { strict: true, target: 'ES2022', lib: ['ES2022', 'DOM'], module: 'NodeNext', moduleResolution: 'NodeNext', types: [], noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true };
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['main.ts'] }));
    run(TSC, ['-p', 'tsconfig.json'], consumer);
    expect(JSON.parse(run(process.execPath, ['main.js'], consumer))).toEqual({ roundTrip: true, ms: 1500, server: false, rejected: true });
  }, 180_000);
});
