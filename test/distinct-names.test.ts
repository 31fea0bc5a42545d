// distinctNames: how enum members and union variants that would share a name are told apart in
// every target (test/cases/name-collisions shows it in the generated code of each language).

import { describe, expect, it } from 'vitest';
import { distinctNames } from '../generator/model/naming.js';

const pascal = (name: string, n: number): string => `${name}${n}`;

describe('distinctNames', () => {
  it('keeps names that collide with nothing byte-identical', () => {
    expect(distinctNames(['Red', 'Green', 'DarkBlue'], pascal)).toEqual(['Red', 'Green', 'DarkBlue']);
  });

  it('suffixes later duplicates in declaration order, the first keeping its name', () => {
    expect(distinctNames(['Json', 'Array', 'Json', 'Json'], pascal)).toEqual(['Json', 'Array', 'Json2', 'Json3']);
  });

  it('never takes a name another value has, wherever it stands', () => {
    expect(distinctNames(['FooBar', 'FooBar', 'FooBar2'], pascal)).toEqual(['FooBar', 'FooBar3', 'FooBar2']);
    expect(distinctNames(['FOO_BAR', 'FOO_BAR', 'FOO_BAR_2'], (name, n) => `${name}_${n}`)).toEqual(['FOO_BAR', 'FOO_BAR_3', 'FOO_BAR_2']);
  });

  it('compares by the key and avoids the taken names', () => {
    const bare = (name: string): string => name.replace(/^@/, '');
    expect(distinctNames(['@Event', 'Event', 'Event'], pascal, bare, new Set(['Event2']))).toEqual(['@Event', 'Event3', 'Event4']);
  });
});
