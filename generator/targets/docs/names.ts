// Docs layout: which declaration gets a page and which a section, and what pages are called.
// Takes the model; returns the pages. Rule: every $defs declaration (not hoisted) gets a page;
// a declaration hoisted out of it is a section of that page, in model order. A page is named
// after the event type when the object is a variant of a discriminated union (its tag, e.g.
// "conversation.item.truncate.md"), else after its $defs name, or "x-codegen": {"docs": {"name"}}.

import { SchemaError, joinPointer, quoted } from '../../errors.js';
import type { Declaration, Model } from '../../model/ir.js';
import { assertUnique } from '../shared/naming.js';

export const INDEX_FILE = 'README.md';

export interface Page {
  /** File name inside generated/docs/. */
  readonly file: string;
  /** The page title (plain text): the event type, or the declaration's name. */
  readonly title: string;
  readonly main: Declaration;
  /** Declarations hoisted out of `main`, each a section of this page. */
  readonly sections: readonly Declaration[];
}

export interface Layout {
  readonly pages: readonly Page[];
  /** Declaration id -> the page that documents it. */
  readonly pageOf: ReadonlyMap<string, Page>;
  /** Declaration id -> the name shown for it (override or $defs/hoisted name). */
  readonly names: ReadonlyMap<string, string>;
  /** Object id -> its discriminator value in the first discriminated union that lists it. */
  readonly tags: ReadonlyMap<string, string>;
}

export function docsLayout(model: Model): Layout {
  const names = new Map(model.declarations.map((d) => [d.id, overrideName(d) ?? d.schemaName]));
  const tags = tagsOf(model);
  const hoistedBy = new Map<string, Declaration[]>();
  for (const d of model.declarations.filter((x) => x.hoisted)) hoistedBy.set(ownerId(d.id), [...(hoistedBy.get(ownerId(d.id)) ?? []), d]);
  const pages: Page[] = model.declarations
    .filter((d) => !d.hoisted)
    .map((main) => {
      const base = overrideName(main) ?? tags.get(main.id) ?? main.schemaName;
      const sections = hoistedBy.get(main.id) ?? [];
      return { file: `${safeFileName(base)}.md`, title: tags.get(main.id) ?? names.get(main.id)!, main, sections };
    });
  assertUnique(
    [
      { name: INDEX_FILE, pointer: '', label: 'the index page' },
      ...pages.map((p) => ({ name: p.file, pointer: p.main.id, label: `the page of ${quoted(p.main.schemaName)}` })),
    ],
    'docs',
    'page file names',
    true,
  );
  const pageOf = new Map<string, Page>();
  for (const page of pages) for (const d of [page.main, ...page.sections]) pageOf.set(d.id, page);
  return { pages, pageOf, names, tags };
}

/** "/$defs/Order/properties/shipping" -> "/$defs/Order": the $defs entry it was hoisted from. */
function ownerId(id: string): string {
  return id.split('/').slice(0, 3).join('/');
}

function tagsOf(model: Model): Map<string, string> {
  const tags = new Map<string, string>();
  for (const d of model.declarations) {
    if (d.kind !== 'union' || d.discriminator === null) continue;
    for (const m of d.discriminator.mapping) if (!tags.has(m.id)) tags.set(m.id, m.value);
  }
  return tags;
}

/** Letters (any script), digits, ".", "_" and "-" only, so a page name is a safe file name and link. */
function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+/, '') || 'page';
}

function overrideName(d: Declaration): string | null {
  const name = d.codegen['docs']?.['name'];
  if (name === undefined) return null;
  if (typeof name !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    throw new SchemaError(
      `"x-codegen/docs/name" must be a page name, found ${JSON.stringify(name)}`,
      joinPointer(d.id, 'x-codegen', 'docs', 'name'),
      'use letters, digits, ".", "_" and "-", starting with a letter or digit',
    );
  }
  return name;
}
