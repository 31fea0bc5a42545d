// The modules build.ts makes at build time (esbuild plugin "playground"): what the page and its
// worker embed instead of reading files.

declare module 'playground:inputs' {
  import type { TargetOptions } from '../targets/target.js';
  /** The canonical config's (schema-codegen.config.json), as `npm run generate` resolves it. */
  export const config: {
    readonly targets: readonly string[];
    readonly options: Readonly<Record<string, TargetOptions>>;
    readonly strict: boolean;
    readonly only: readonly string[] | null;
  };
  /** The canonical schema: its file name and text. */
  export const example: { readonly name: string; readonly text: string };
  /** Per target: [path below runtime/, source], sorted by path (stages/read.ts readRuntimeSources). */
  export const runtime: Readonly<Record<string, readonly (readonly [string, string])[]>>;
}

declare module 'playground:templates' {
  import type { PrecompiledTemplates } from '../pipeline.js';
  /** dist/templates.cjs (render/precompile.ts). */
  const templates: PrecompiledTemplates;
  export default templates;
}

declare module 'playground:worker' {
  /** The worker's bundled code (worker.ts), started from a Blob. */
  const code: string;
  export default code;
}
