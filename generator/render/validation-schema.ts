// What a language folder needs of stages/validation-schema.ts (a layer it may not import): the URI
// a declaration's validator is compiled from.

export { schemaUriOf } from '../stages/validation-schema.js';
