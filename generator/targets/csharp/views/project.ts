// The view of the .csproj (project.hbs), named after the namespace: the target framework and the
// strict settings every output compiles with, and the NuGet package's identity (dotnet pack).

import type { Model } from '../../../model/ir.js';
import { xmlComment, xmlText } from '../../shared/text.js';
import { licenseAndRepository, packageDescription } from '../../shared/identity.js';
import { bannerText, type RenderedFile } from '../../target.js';
import type { CsharpOptions } from '../options.js';

export function projectFile(model: Model, options: CsharpOptions): RenderedFile {
  const { identity } = options;
  return {
    path: `${options.namespace}.csproj`,
    template: 'project',
    view: {
      banner: xmlComment(bannerText(model)),
      namespace: options.namespace,
      targetFramework: options.targetFramework,
      packageId: msbuildText(options.packageId),
      version: msbuildText(identity.version),
      description: msbuildText(packageDescription(model, identity.description)),
      ...licenseAndRepository(identity, msbuildText),
    },
  };
}

/** A property's text as MSBuild reads it: its special characters (%, $, @, ', ;, ?, *) as %XX, so "$(x)" is not expanded; then XML's escaping. */
function msbuildText(text: string): string {
  return xmlText(text.replace(/[%$@';?*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
}
