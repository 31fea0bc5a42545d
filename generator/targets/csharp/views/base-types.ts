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
    members: s.members.map((m) => ({ docComment: summary(m.doc), type: m.type, name: m.name })),
    ...sharedDispatch(s, ctx),
  };
}

export function baseClassView(s: SharedType, ctx: ViewCtx) {
  return {
    kind: 'base-class',
    name: s.name,
    docComment: sharedDoc(s, 'The members'),
    implements: s.implements ?? '',
    members: s.members.map((m) => ({ docComment: summary(m.doc), type: m.type, name: m.name, setter: m.setter })),
    ...sharedDispatch(s, ctx),
  };
}

function sharedDispatch(s: SharedType, ctx: ViewCtx) {
  if (s.dispatch === null) return { hasConverter: false };
  return { hasConverter: true, ...dispatchView(s.converter, s.dispatch, false, ctx, null, { type: s.name, union: null }) };
}
