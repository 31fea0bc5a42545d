// The view of pom.xml (project.hbs): the Maven coordinates from the name table.

import type { Model } from '../../../model/ir.js';
import { bannerText } from '../../target.js';
import { xmlComment, xmlText } from '../../shared/text.js';
import type { ProjectNames } from '../names.js';

export function projectView(model: Model, project: ProjectNames): object {
  return { banner: xmlComment(bannerText(model)), ...project, name: xmlText(model.title ?? project.artifactId) };
}
