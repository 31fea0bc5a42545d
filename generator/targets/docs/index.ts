// The docs target: being built (see the issue for this target); it plans no files yet.

import type { Target } from '../target.js';

export const docs: Target = {
  name: 'docs',
  defaults: {},
  codegenKeys: ['name'],
  plan: () => [],
};
