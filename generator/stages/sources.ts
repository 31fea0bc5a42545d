// sources: what a run renders from, as plain data: the schema's bytes, and per target its
// templates and runtime sources. read.ts fills them from the disk; the playground
// (generator/playground/) from what its build embedded. No file system here, so that the
// in-memory pipeline (pipeline.ts) and the browser bundle can name these types and RUNTIME_DIR.

/** The folder, below each template folder, that holds the runtime sources (see render/runtime-sources.ts). */
export const RUNTIME_DIR = 'runtime';

export interface SchemaInput {
  /** The path it was read from, as given. */
  readonly path: string;
  readonly bytes: Buffer;
  /** The files its references name (stages/bundle.ts), absolute path -> bytes: inputs like the schema. */
  readonly referenced: ReadonlyMap<string, Buffer>;
}

/** One target's template folders and what they hold. */
export interface TemplateSources {
  /** The bundled folder, then the user's override when given. */
  readonly dirs: readonly string[];
  /** Per folder, in the order of `dirs`: template name -> source. */
  readonly folders: readonly ReadonlyMap<string, string>[];
  /** Over the folders in order: a later folder's file replaces an earlier one's. */
  readonly templates: ReadonlyMap<string, string>;
  /** Path below runtime/ -> source, sorted by path (see render/runtime-sources.ts). */
  readonly runtime: ReadonlyMap<string, string>;
}

export interface Inputs {
  readonly schema: SchemaInput;
  /** Target name -> its templates and runtime sources. */
  readonly targets: ReadonlyMap<string, TemplateSources>;
}
