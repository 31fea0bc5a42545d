// The view of a docs page (templates/docs/file.hbs): its main declaration at heading level 1,
// then a level-2 section per declaration hoisted out of it. Each section's view is built by
// ./object.ts, ./enum.ts, ./union.ts or ./alias.ts; headings and anchors come from the name
// table (../names.ts, ../outline.ts), so links to sections further down are plain links.

import { SchemaError, joinPointer } from '../../../errors.js';
import type { Declaration } from '../../../model/ir.js';
import { foldDeclaration } from '../../../model/fold.js';
import { href, outlineOf, type DocsNames, type Page } from '../names.js';
import type { TypeContext } from '../types.js';
import { aliasView, type AliasView } from './alias.js';
import { enumView, type EnumView } from './enum.js';
import { objectView, type ObjectView } from './object.js';
import type { PageContext } from './section.js';
import { unionView, type UnionView } from './union.js';

export interface PageView {
  readonly banner: string;
  readonly sections: readonly SectionView[];
}

type SectionView = ObjectView | EnumView | UnionView | AliasView;

/** The links and names of declarations as seen from `page` (null: the index). */
export function typeContext(names: DocsNames, byId: ReadonlyMap<string, Declaration>, page: Page | null): TypeContext {
  return { byId, name: (id) => names.names.get(id)!, href: (id) => href(names, page, id) };
}

export function pageView(banner: string, page: Page, ctx: PageContext): PageView {
  return { banner, sections: [page.main, ...page.sections].map((d) => sectionView(d, ctx)) };
}

function sectionView(d: Declaration, ctx: PageContext): SectionView {
  if (d.kind !== 'object' && d.codegen['rest'] !== undefined) {
    throw new SchemaError(
      '"x-codegen/rest" applies to object declarations only',
      joinPointer(d.id, 'x-codegen', 'rest'),
      'move it to the object sent as the request body',
    );
  }
  const outline = outlineOf(ctx.names, d.id);
  return foldDeclaration<SectionView>(d, {
    object: (o) => objectView(o, outline, ctx),
    enum: (e) => enumView(e, outline),
    union: (u) => unionView(u, outline, ctx),
    alias: (a) => aliasView(a, outline, ctx),
  });
}
