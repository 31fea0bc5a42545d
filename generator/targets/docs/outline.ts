// The headings of each docs page, in the order the templates print them, with GitHub's anchors
// (markdown.ts Slugger: a repeated heading text gets "-1", "-2"... in page order). Decided
// before any view, so a link to a section further down its page, or on a page not built yet,
// knows its anchor; the views print these heading lines and compute none.

import type { Declaration, ObjectDeclaration } from '../../model/ir.js';
import { foldDeclaration } from '../../model/fold.js';
import { orderProperties, type PropertyOrder } from '../shared/common.js';
import { codeSpan, literal, Slugger } from './markdown.js';

export interface Heading {
  /** The Markdown line, e.g. "## Properties". */
  readonly line: string;
  /** Its anchor on the page (without "#"). */
  readonly slug: string;
}

/** The headings of one declaration's section; null where the section has no such part. */
export interface SectionOutline {
  readonly title: Heading;
  readonly properties: Heading | null;
  readonly details: Heading | null;
  /** Property detail headings, by wire name. */
  readonly propertyHeadings: ReadonlyMap<string, Heading>;
  readonly variants: Heading | null;
  readonly examples: Heading | null;
  readonly rest: RestOutline | null;
}

export interface RestOutline {
  readonly heading: Heading;
  readonly request: Heading;
  readonly body: Heading;
  readonly response: Heading;
}

/** A page: its main declaration at level 1 (titled `title`), then its sections at level 2 (titled by name). */
export interface PageSections {
  readonly title: string;
  readonly main: Declaration;
  readonly sections: readonly Declaration[];
}

type Add = (level: number, text: string, markdown?: string) => Heading;

/** The outline of every declaration on the page, by declaration id. */
export function pageOutline(page: PageSections, name: (id: string) => string, order: PropertyOrder): Map<string, SectionOutline> {
  const slugger = new Slugger();
  const add: Add = (level, text, markdown) => ({ line: `${'#'.repeat(level)} ${markdown ?? literal(text)}`, slug: slugger.slug(text) });
  const outlines = new Map<string, SectionOutline>();
  outlines.set(page.main.id, sectionOutline(page.main, 1, page.title, add, order));
  for (const d of page.sections) outlines.set(d.id, sectionOutline(d, 2, name(d.id), add, order));
  return outlines;
}

const NONE = { properties: null, details: null, propertyHeadings: new Map<string, Heading>(), variants: null, rest: null };

function sectionOutline(d: Declaration, level: number, title: string, add: Add, order: PropertyOrder): SectionOutline {
  const titleHeading = add(level, title);
  const parts = foldDeclaration<Omit<SectionOutline, 'title' | 'examples'>>(d, {
    object: (o) => objectOutline(o, level, add, order),
    enum: () => NONE,
    alias: () => NONE,
    union: () => ({ ...NONE, variants: add(level + 1, 'Variants') }),
  });
  const examples = d.examples.length === 0 ? null : add(level + 1, d.examples.length === 1 ? 'Example' : 'Examples');
  // The REST headings follow the examples on the page.
  const rest = d.kind === 'object' && d.codegen['rest'] !== undefined ? restOutline(level + 1, add) : null;
  return { title: titleHeading, ...parts, examples, rest };
}

function objectOutline(d: ObjectDeclaration, level: number, add: Add, order: PropertyOrder): Omit<SectionOutline, 'title' | 'examples'> {
  if (d.properties.length === 0) return NONE;
  const properties = add(level + 1, 'Properties');
  const details = add(level + 1, 'Property Details');
  const propertyHeadings = new Map(
    orderProperties(d.properties, order).map((p) => {
      const suffix = p.required ? ' (required)' : '';
      return [p.jsonName, add(level + 2, `${p.jsonName}${suffix}`, `${codeSpan(p.jsonName, 'block')}${suffix}`)] as const;
    }),
  );
  return { ...NONE, properties, details, propertyHeadings };
}

function restOutline(level: number, add: Add): RestOutline {
  return {
    heading: add(level, 'REST'),
    request: add(level + 1, 'HTTP request'),
    body: add(level + 1, 'Body parameters'),
    response: add(level + 1, 'Response'),
  };
}
