// The docs name table: which declaration gets a page and which a section, what pages are called,
// the name shown for each declaration, and the anchor of every section (outline.ts), all decided
// before any view; page name collisions are refused here. Rule: every $defs declaration (not
// hoisted) gets a page; a declaration hoisted out of it is a section of that page, in model
// order. A page is named after the event type when the object is a variant of a discriminated
// union (its tag, e.g. "conversation.item.truncate.md"), else after its $defs name, or
// "x-codegen": {"docs": {"name"}}. Properties keep their wire names.

import { SchemaError, joinPointer, quoted } from '../../errors.js';
import type { Declaration, Model } from '../../model/ir.js';
import { refusePropertyName } from '../shared/common.js';
import { assertUnique, distinctNames } from '../../model/naming.js';
import type { DocsOptions } from './options.js';
import { pageOutline, type SectionOutline } from './outline.js';

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

export interface DocsNames {
  readonly pages: readonly Page[];
  /** Declaration id -> the page that documents it. */
  readonly pageOf: ReadonlyMap<string, Page>;
  /** Declaration id -> the name shown for it (override or $defs/hoisted name). */
  readonly names: ReadonlyMap<string, string>;
  /** Declaration id -> the headings (and anchors) of its section. */
  readonly outlines: ReadonlyMap<string, SectionOutline>;
}

export function docsNames(model: Model, options: DocsOptions): DocsNames {
  const names = new Map(model.declarations.map((d) => [d.id, overrideName(d) ?? d.schemaName]));
  const tags = pageTags(model, tagsOf(model));
  // A hoisted declaration is a section of its owner's page; one whose owner is no declaration (a
  // schema a reference names inside the root that declares nothing, the object variant of a
  // "type" list) has a page of its own.
  const mains = new Set(model.declarations.filter((d) => !d.hoisted).map((d) => d.id));
  const section = (d: Declaration): boolean => d.hoisted && mains.has(ownerId(d.id));
  const hoistedBy = new Map<string, Declaration[]>();
  for (const d of model.declarations.filter(section)) hoistedBy.set(ownerId(d.id), [...(hoistedBy.get(ownerId(d.id)) ?? []), d]);
  const mainDeclarations = model.declarations.filter((d) => !section(d));
  const files = pageFiles(mainDeclarations, tags);
  const pages: Page[] = mainDeclarations.map((main, i) => {
    const sections = hoistedBy.get(main.id) ?? [];
    return { file: files[i]!, title: tags.get(main.id) ?? names.get(main.id)!, main, sections };
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
  for (const d of model.declarations) if (d.kind === 'object') d.properties.forEach((p) => refusePropertyName(p, 'docs', 'the docs show wire names'));
  const pageOf = new Map<string, Page>();
  for (const page of pages) for (const d of [page.main, ...page.sections]) pageOf.set(d.id, page);
  const outlines = new Map(pages.flatMap((page) => [...pageOutline(page, (id) => names.get(id)!, options.propertyOrder)]));
  return { pages, pageOf, names, outlines };
}

/** The outline of declaration `id`'s section. */
export function outlineOf(names: DocsNames, id: string): SectionOutline {
  const outline = names.outlines.get(id);
  if (outline === undefined) throw new Error(`internal: no docs section for ${id}`);
  return outline;
}

/** The link to a declaration from page `from` (null: the index): its page, or its section's anchor. */
export function href(names: DocsNames, from: Page | null, id: string): string {
  const page = names.pageOf.get(id);
  if (page === undefined) throw new Error(`internal: no docs page for ${id}`);
  if (page.main.id === id) return page.file;
  const anchor = outlineOf(names, id).title.slug;
  return page === from ? `#${anchor}` : `${page.file}#${anchor}`;
}

/**
 * "/$defs/Order/properties/shipping" -> "/$defs/Order": the $defs entry it was hoisted from;
 * "/properties/label" -> "": the document root, a declaration when it has validation keywords.
 */
function ownerId(id: string): string {
  return id.startsWith('/$defs/') ? id.split('/').slice(0, 3).join('/') : '';
}

/** Object id -> its discriminator value in the first discriminated union that lists it. */
function tagsOf(model: Model): Map<string, string> {
  const tags = new Map<string, string>();
  for (const d of model.declarations) {
    if (d.kind !== 'union' || d.discriminator === null) continue;
    for (const m of d.discriminator.mapping) if (!tags.has(m.id)) tags.set(m.id, m.value);
  }
  return tags;
}

/**
 * The tags that name pages: a tag shared by several pages (a "type" const such as "function" used
 * by unrelated unions), or equal to another page's own name, names none of them: they keep their
 * declaration names, which are distinct already.
 */
function pageTags(model: Model, tags: ReadonlyMap<string, string>): Map<string, string> {
  const mains = model.declarations.filter((d) => !d.hoisted);
  const key = (name: string): string => safeFileName(name).toLowerCase();
  const count = new Map<string, number>();
  for (const d of mains) {
    const own = overrideName(d) ?? d.schemaName;
    const tag = overrideName(d) === null ? tags.get(d.id) : undefined;
    for (const name of new Set([key(own), ...(tag === undefined ? [] : [key(tag)])])) count.set(name, (count.get(name) ?? 0) + 1);
  }
  return new Map([...tags].filter(([, tag]) => count.get(key(tag)) === 1));
}

/** Letters (any script), digits, ".", "_" and "-" only, so a page name is a safe file name and link. */
/**
 * Each page's file name: its x-codegen name, tag or schema name. Schema names that differ only in
 * case (AWS's "ResourceArn" and "ResourceARN") are one file where names compare ignoring case, so
 * the later takes a number ("ResourceARN-2.md"), as build-model numbers its type; an explicit
 * name keeps its file and collides with any other page's (assertUnique), as explicit type names do.
 */
function pageFiles(mains: readonly Declaration[], tags: ReadonlyMap<string, string>): string[] {
  const explicit = mains.map(overrideName);
  const taken = new Set([INDEX_FILE.toLowerCase()]);
  const given = mains.flatMap((d, i) => (explicit[i] === null ? [safeFileName(tags.get(d.id) ?? d.schemaName)] : []));
  const distinct = distinctNames(
    given,
    (name, n) => `${name}-${n}`,
    (name) => `${name}.md`.toLowerCase(),
    taken,
  );
  let next = 0;
  return explicit.map((name) => `${name ?? distinct[next++]!}.md`);
}

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
