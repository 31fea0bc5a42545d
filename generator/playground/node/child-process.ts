// node:child_process in the playground's browser bundle (build.ts). regex/budget.ts runs pattern
// tests in a child process on the command line; the playground's build defines
// SCHEMA_CODEGEN_PLAYGROUND, so there it tests them in its Web Worker and never comes here.

export function spawnSync(): never {
  throw new Error('a browser has no child processes (regex/budget.ts should not ask for one in the playground)');
}
