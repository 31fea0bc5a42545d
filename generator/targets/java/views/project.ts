// The view of pom.xml (project.hbs): the Maven coordinates, from the packages.

import type { Model } from '../../../model/ir.js';
import { bannerText } from '../../target.js';
import { xmlComment, xmlText } from '../../shared/text.js';
import type { Packages } from '../options.js';

export function projectView(model: Model, packages: Packages): object {
  const groupId = packages.core.slice(0, -'.core'.length);
  const artifactId = `${packages.models.split('.').pop()!.toLowerCase().replace(/_/g, '-')}-models`;
  return { banner: xmlComment(bannerText(model)), groupId, artifactId, name: xmlText(model.title ?? artifactId) };
}
