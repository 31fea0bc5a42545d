// The docs target: Markdown reference pages in the format of the API reference (seed 000), with
// the REST form (seed 003) where a declaration carries "x-codegen": {"rest": {...}}. One page per
// $defs declaration, sections for what was hoisted out of it, and README.md as index.
// options.ts checks the options; names.ts decides pages, names and (outline.ts) every heading
// and anchor; views/ builds each page's view (views/index.ts the index page's); markdown.ts
// escapes. No imports.ts and no views/project.ts: pages import nothing, and there is no project file.

import type { Model } from '../../model/ir.js';
import { declarationsById } from '../shared/common.js';
import { xmlComment } from '../shared/text.js';
import { bannerText, type PlannedFile, type Target } from '../target.js';
import { docsNames, INDEX_FILE, type DocsNames } from './names.js';
import { parseOptions, type DocsOptions } from './options.js';
import { pageView, typeContext } from './views/file.js';
import { indexView } from './views/index.js';

export const docs: Target<DocsOptions, DocsNames> = {
  name: 'docs',
  defaults: { propertyOrder: 'schema', baseUrl: '' },
  codegenKeys: ['name'],
  viewedFormats: [],
  parseOptions,
  names: docsNames,
  plan: planDocs,
};

function* planDocs(model: Model, options: DocsOptions, names: DocsNames): Generator<PlannedFile> {
  const byId = declarationsById(model);
  // Markdown comment: invisible when rendered.
  const banner = `<!-- ${xmlComment(bannerText(model))} -->`;
  for (const page of names.pages) {
    const view = pageView(banner, page, { ...typeContext(names, byId, page), options, names });
    yield { path: page.file, template: 'file', pointer: page.main.id, view };
  }
  yield { path: INDEX_FILE, template: 'index', view: indexView(model, names, banner, typeContext(names, byId, null)) };
}
