// codegen-keys: checks every "x-codegen" block in the model against what the targets read, so a
// typo such as {"chsarp": {...}} or {"csharp": {"nmae": ...}} is an error, not silently ignored.
import { SchemaError, joinPointer } from './errors.js';
/** Keys every declaration may carry beside the targets' own. */
const SHARED_KEYS = {
    rest: ['method', 'path', 'status'],
};
export function checkCodegenKeys(model, targets) {
    for (const d of model.declarations) {
        checkBlock(d.codegen, joinPointer(d.id, 'x-codegen'), targets, SHARED_KEYS);
        if (d.kind === 'object')
            for (const p of d.properties)
                checkBlock(p.codegen, joinPointer(p.pointer, 'x-codegen'), targets, {});
    }
}
/** `shared`: the sections beside the targets' that this place may carry (declarations: "rest"). */
function checkBlock(codegen, pointer, targets, shared) {
    for (const [owner, options] of Object.entries(codegen)) {
        const allowed = targets[owner]?.codegenKeys ?? shared[owner];
        if (allowed === undefined) {
            throw new SchemaError(`"x-codegen" has an unknown section "${owner}"`, joinPointer(pointer, owner), `use one of: ${[...Object.keys(targets), ...Object.keys(shared)].join(', ')}`);
        }
        for (const key of Object.keys(options)) {
            if (!allowed.includes(key)) {
                throw new SchemaError(`"x-codegen/${owner}" has an unknown option "${key}"`, joinPointer(pointer, owner, key), `use one of: ${allowed.join(', ')}`);
            }
        }
    }
}
