// The entry of dist/regex-parser.cjs, the bundle deps.ts loads on first use (see there).

export { RegExpParser } from '@eslint-community/regexpp';
