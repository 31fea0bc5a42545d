// protocol: what the page (page.ts) and its worker (worker.ts) say to each other.

export interface Request {
  /** Increases with each request: an answer to an older one is dropped. */
  readonly id: number;
  readonly text: string;
  /** The schema's file name: generated banners name it, as the CLI's name the schema file. */
  readonly fileName: string;
}

export interface Problem {
  /** schema: a SchemaError (with its pointer); options: an OptionsError; internal: a bug. */
  readonly kind: 'schema' | 'options' | 'internal';
  readonly message: string;
  /** The JSON pointer into the schema, or null. */
  readonly pointer: string | null;
  readonly hint: string;
  readonly file: string | null;
}

export interface Answer {
  readonly id: number;
  /** Path under the output folder ("<target>/...") -> content, in the order rendered. */
  readonly files: readonly (readonly [string, string])[];
  readonly problem: Problem | null;
  readonly warnings: readonly string[];
  /** How long the worker took, in milliseconds. */
  readonly ms: number;
}
