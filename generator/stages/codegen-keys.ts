// codegen-keys: checks every "x-codegen" block in the model against what the targets read, so a
// typo such as {"chsarp": {...}} or {"csharp": {"nmae": ...}} is an error, not silently ignored.

import { SchemaError, joinPointer, quoted } from '../errors.js';
import type { CodegenOptions, Model } from '../model/ir.js';
import type { Target } from '../targets/target.js';

/** Keys every declaration may carry beside the targets' own. */
const SHARED_KEYS: Readonly<Record<string, readonly string[]>> = {
  rest: ['method', 'path', 'status'],
};

export function checkCodegenKeys(model: Model, targets: Readonly<Record<string, Target>>): void {
  for (const d of model.declarations) {
    checkBlock(d.codegen, joinPointer(d.id, 'x-codegen'), targets, SHARED_KEYS);
    if (d.kind === 'object') for (const p of d.properties) checkBlock(p.codegen, joinPointer(p.pointer, 'x-codegen'), targets, {});
  }
}

/** `shared`: the sections beside the targets' that this place may carry (declarations: "rest"). */
function checkBlock(
  codegen: CodegenOptions,
  pointer: string,
  targets: Readonly<Record<string, Target>>,
  shared: Readonly<Record<string, readonly string[]>>,
): void {
  for (const [owner, options] of Object.entries(codegen)) {
    // Own properties only: a section named "toString" or "constructor" is unknown, not a member.
    const allowed = Object.hasOwn(targets, owner) ? targets[owner]!.codegenKeys : Object.hasOwn(shared, owner) ? shared[owner] : undefined;
    if (allowed === undefined) {
      throw new SchemaError(
        `"x-codegen" has an unknown section ${quoted(owner)}`,
        joinPointer(pointer, owner),
        `use one of: ${[...Object.keys(targets), ...Object.keys(shared)].join(', ')}`,
      );
    }
    for (const key of Object.keys(options)) {
      if (!allowed.includes(key)) {
        throw new SchemaError(
          `"x-codegen/${owner}" has an unknown option ${quoted(key)}`,
          joinPointer(pointer, owner, key),
          `use one of: ${allowed.join(', ')}`,
        );
      }
    }
  }
}
