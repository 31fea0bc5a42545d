// distinctNames: how enum members and union variants that would share a name are told apart in
// every target (test/cases/name-collisions shows it in the generated code of each language).

import { describe, expect, it } from 'vitest';
import { MAX_MADE_NAME, distinctNames, settleMadeNames, shortMadeWords } from '../generator/model/naming.js';

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

describe('settleMadeNames', () => {
  // A C#-like target: a type and its converter, compared ignoring case.
  const thing = (name: string, fixed: boolean) => ({
    fixed,
    names: (n: number) => {
      const type = n === 1 ? name : `${name}${n}`;
      return { type, converter: `${type}Converter` };
    },
  });
  const keys = (names: { type: string; converter: string }): string[] => [names.type.toLowerCase(), names.converter.toLowerCase()];

  it('moves a made name off a fixed one and off the names derived from it, wherever the fixed one stands', () => {
    const settled = settleMadeNames([thing('FooConverter', false), thing('Foo', true), thing('Bar', true)], keys);
    expect(settled.map((n) => n.type)).toEqual(['FooConverter2', 'Foo', 'Bar']);
  });

  it('keeps made names that collide with nothing, and numbers later made names against earlier ones', () => {
    const settled = settleMadeNames([thing('A', false), thing('a', false), thing('B', true)], keys);
    expect(settled.map((n) => n.type)).toEqual(['A', 'a2', 'B']);
  });

  it('never moves fixed names, even when they collide (assertUnique reports those)', () => {
    const settled = settleMadeNames([thing('Foo', true), thing('foo', true)], keys);
    expect(settled.map((n) => n.type)).toEqual(['Foo', 'foo']);
  });
});

describe('shortMadeWords', () => {
  it('keeps names up to the limit as they are (the same array)', () => {
    const words = ['create', 'assistant', 'request', 'tool', 'resources'];
    expect(shortMadeWords(words)).toBe(words);
  });

  it('leaves out the middle words of a longer name, keeping its first and last, within the limit', () => {
    const path = ['get', 'identity', 'governance', ...Array.from({ length: 40 }, (_, i) => `access${i}`), 'skip', 'parameter'];
    const short = shortMadeWords(path);
    expect(short.join('_').length).toBeLessThanOrEqual(MAX_MADE_NAME);
    expect(short.slice(0, 3)).toEqual(['get', 'identity', 'governance']);
    expect(short.slice(-2)).toEqual(['skip', 'parameter']);
    expect(short.length).toBeLessThan(path.length);
  });

  it('cuts a single word longer than half the limit', () => {
    const short = shortMadeWords(['order', 'z'.repeat(300)]);
    expect(short.join('_').length).toBeLessThanOrEqual(MAX_MADE_NAME);
    expect(short[0]).toBe('order');
  });
});
