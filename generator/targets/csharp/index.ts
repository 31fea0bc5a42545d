// The csharp target: being built (see the issue for this target); it plans no files yet.

import type { Target } from '../target.js';

export const csharp: Target = {
  name: 'csharp',
  defaults: {},
  codegenKeys: ['name'],
  plan: () => [],
};
