// The entry of dist/regex-deps.cjs, the bundle deps.ts loads on first use (see there).

export { RegExpParser } from '@eslint-community/regexpp';
export { getFirstConsumedChar } from 'regexp-ast-analysis';
export { analyse } from 'scslre';
