// The entry of dist/regex-analysis.cjs, the bundle deps.ts loads on first use (see there).

export { getFirstConsumedChar, toCharSet } from 'regexp-ast-analysis';
export { analyse } from 'scslre';
