// The view of pom.xml (project.hbs): the Maven coordinates and metadata from the options
// (java.groupId, packageName, packageVersion, description, license, repository).

import type { Model } from '../../../model/ir.js';
import { bannerText } from '../../target.js';
import { licenseAndRepository, packageDescription } from '../../shared/identity.js';
import { xmlComment, xmlText } from '../../shared/text.js';
import type { Project } from '../options.js';

export function projectView(model: Model, project: Project): object {
  return {
    banner: xmlComment(bannerText(model)),
    groupId: xmlText(project.groupId),
    artifactId: xmlText(project.artifactId),
    version: xmlText(project.version),
    name: xmlText(model.title ?? project.artifactId),
    // The package's one-line description, as the other targets'.
    description: xmlText(packageDescription(model, project.description)),
    ...licenseAndRepository(project, xmlText),
  };
}
