// The views of the shared base types (bases.ts): a base interface every union of a group
// extends, and an abstract base class every variant derives from. Each reads by the tag
// (dispatch.ts) when its unions agree on one.

import type { SharedType } from '../bases.js';
import { summary } from '../literals.js';
import type { ViewCtx } from './common.js';
import { dispatchView } from './dispatch.js';

function sharedDoc(s: SharedType, what: string): string[] {
  return summary([`${what} every variant of ${s.unions.map((u) => `<see cref="${u}"/>`).join(', ')} has.`]);
}

export function baseInterfaceView(s: SharedType, ctx: ViewCtx) {
  return {
    kind: 'base-interface',
    name: s.name,
    docComment: sharedDoc(s, 'What'),
    members: s.members.map((m) => ({ docComment: summary(m.doc), declaration: `${m.type} ${m.name} { get; }` })),
    ...sharedDispatch(s, ctx),
  };
}

export function baseClassView(s: SharedType, ctx: ViewCtx) {
  return {
    kind: 'base-class',
    name: s.name,
    docComment: sharedDoc(s, 'The members'),
    heritage: s.implements === null ? '' : ` : ${s.implements}`,
    members: s.members.map((m) => ({ docComment: summary(m.doc), declaration: `public abstract ${m.type} ${m.name} { get; ${m.setter} set; }` })),
    ...sharedDispatch(s, ctx),
  };
}

function sharedDispatch(s: SharedType, ctx: ViewCtx) {
  if (s.dispatch === null) return { hasConverter: false, converter: '', checkLines: [], tag: '', variants: [], topReader: '', topWriter: '' };
  return { hasConverter: true, ...dispatchView(s.name, s.converter, s.dispatch, false, ctx) };
}
