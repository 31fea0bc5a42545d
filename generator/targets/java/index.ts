// The java target: being built (see the issue for this target); it plans no files yet.

import type { Target } from '../target.js';

export const java: Target = {
  name: 'java',
  defaults: {},
  codegenKeys: ['name'],
  plan: () => [],
};
