// The order test files start in. Two workers share the suite; a file of minutes that starts last
// runs alone at the end while the other core idles. Vitest orders by the durations it cached on an
// earlier run, and by file size on a clean clone (CI), where the OpenAI spec's file (a sixth of the
// suite's time in 174 lines) came late. So the files measured slowest start first, in this order;
// the rest follow in vitest's own order.

import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The slowest files of a clean clone's CI run (2026-12-04, 2 cores), slowest first. */
const SLOWEST = [
  'test/openapi/openai-spec.test.ts',
  'test/java-checks.test.ts',
  'test/conformance/suite.test.ts',
  'test/security/numbers.test.ts',
  'test/security/text.test.ts',
  'test/vocabulary-suite.test.ts',
  'test/config-schemas/config-schemas.test.ts',
  'test/security/model.test.ts',
  'test/bench-runtime-jvm-dotnet.test.ts',
  'test/security/patterns.test.ts',
];

export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number => {
      const at = SLOWEST.indexOf(relative(file.project.config.root, file.moduleId).replaceAll('\\', '/'));
      return at < 0 ? SLOWEST.length : at;
    };
    // Array.prototype.sort is stable: the rest keep vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
