// The python target: being built (see the issue for this target); it plans no files yet.

import type { Target } from '../target.js';

export const python: Target = {
  name: 'python',
  defaults: {},
  codegenKeys: ['name'],
  plan: () => [],
};
