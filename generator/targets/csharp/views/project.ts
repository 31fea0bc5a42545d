// The view of the .csproj (project.hbs), named after the namespace: the target framework and the
// strict settings every output compiles with.

import type { Model } from '../../../model/ir.js';
import { xmlComment } from '../../shared/text.js';
import { bannerText, type RenderedFile } from '../../target.js';
import type { CsharpOptions } from '../options.js';

export function projectFile(model: Model, options: CsharpOptions): RenderedFile {
  return {
    path: `${options.namespace}.csproj`,
    template: 'project',
    view: { banner: xmlComment(bannerText(model)), namespace: options.namespace, targetFramework: options.targetFramework },
  };
}
