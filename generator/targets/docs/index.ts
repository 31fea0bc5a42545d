// The docs target: Markdown reference pages in the format of the API reference (seed 000), with
// the REST form (seed 003) where a declaration carries "x-codegen": {"rest": {...}}. One page per
// $defs declaration (names.ts), sections for what was hoisted out of it, and README.md as index.

import { OptionsError } from '../../errors.js';
import type { Model } from '../../model/ir.js';
import { checkPropertyOrder, declarationsById } from '../shared/common.js';
import { bannerText, type PlannedFile, type Target, type TargetOptions } from '../target.js';
import { indexContext, pageContext, type Anchors, type DocsOptions } from './context.js';
import { indexView } from './index-view.js';
import { escapeUnsafe, visible, xmlComment } from '../shared/text.js';
import { docsLayout, INDEX_FILE } from './names.js';
import { pageView } from './views.js';

export const docs: Target<DocsOptions, null> = {
  name: 'docs',
  defaults: { propertyOrder: 'schema', baseUrl: '' },
  codegenKeys: ['name'],
  parseOptions: docsOptions,
  names: () => null,
  plan: (model, options) => planDocs(model, options),
};

export function* planDocs(model: Model, options: DocsOptions): Generator<PlannedFile> {
  const layout = docsLayout(model);
  const byId = declarationsById(model);
  // Markdown comment: invisible when rendered.
  const banner = `<!-- ${xmlComment(bannerText(model))} -->`;
  const anchors: Anchors = new Map();
  for (const page of layout.pages) {
    const ctx = pageContext(layout, byId, page, options, anchors);
    yield { path: page.file, template: 'file', pointer: page.main.id, view: ctx.fillLinks(pageView(banner, ctx)) };
  }
  yield { path: INDEX_FILE, template: 'index', view: indexView(model, layout, banner, indexContext(layout, byId, anchors)) };
}

function docsOptions(options: TargetOptions): DocsOptions {
  const baseUrl = options['baseUrl'];
  // visible(): no C1 control, line separator or bidi control either (printed raw in the request line).
  if (typeof baseUrl !== 'string' || /\s/.test(baseUrl) || visible(baseUrl) !== baseUrl || baseUrl.endsWith('/')) {
    throw new OptionsError(
      `docs.baseUrl must be a URL without spaces, control characters, line separators, bidi controls or a final "/", found ${escapeUnsafe(JSON.stringify(baseUrl))}`,
      'e.g. --option docs.baseUrl=https://api.example.com, or "" for paths only',
    );
  }
  return { propertyOrder: checkPropertyOrder(options['propertyOrder']), baseUrl };
}
