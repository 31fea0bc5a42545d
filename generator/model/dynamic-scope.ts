// dynamic-scope: which `$dynamicRef`s resolve to the same schema wherever evaluation meets them,
// and so mean what a `$ref` to it means. Shared by the resolve stage (which then types them as the
// schema they name) and the targets' checks registry (which then compiles them), each over its own
// documents through the callbacks of DynamicScope.
//
// Draft 2020-12 (Core 8.2.3.2): a `$dynamicRef` whose static target is a `$dynamicAnchor` of the
// fragment's name resolves to the outermost resource in the dynamic scope that defines an anchor
// of that name; any other `$dynamicRef` is a `$ref` (the runtimes read it so). The scope holds the
// resources evaluation has entered on its way to the reference, so another resource defining the
// name can take the reference over only if evaluation can go from it to the reference. OpenAPI
// documents' trees written with 2019-09's `$recursiveRef` are the usual case once converted
// (stages/openapi-recursive.ts): "filters" holding filters, each tree a resource of its own that
// no other reaches.

/** A schema object or a JSON container inside one (the walk goes through every value). */
type Node = object;

export interface DynamicScope<N extends Node> {
  /** The schema objects holding a `$dynamicRef`. */
  readonly references: readonly N[];
  /**
   * What a node's `$ref` or `$dynamicRef` names statically; null when it names nothing found;
   * undefined when it cannot tell (a node whose base it does not know: then anything may be reached).
   */
  follow(node: Node, keyword: '$ref' | '$dynamicRef'): Node | null | undefined;
  /** Every node defining a `$dynamicAnchor` of the same name as `anchor`, `anchor` among them. */
  sameName(anchor: Node): readonly Node[];
  /** The root of the resource a node defining an anchor stands in; null when unknown. */
  resourceOf(anchor: Node): Node | null;
}

/** Beyond this many nodes defining the anchors references name, every one whose target is an anchor stays dynamic (a meta-schema's vocabularies each reach the others). */
const MAX_ANCHORS = 64;

/** The references of `scope` that resolve to their static target wherever evaluation meets them. */
export function staticDynamicRefs<N extends Node>(scope: DynamicScope<N>): Set<N> {
  const statics = new Set<N>();
  // Those whose target is an anchor: each is static until another resource defining its name is
  // found to reach it. Reach goes through the ones still taken as static only, so it is found
  // again until none is dropped: none stays static by counting on one that is not.
  let candidates = new Map<N, Node>();
  for (const reference of scope.references) {
    if (scope.follow(reference, '$dynamicRef') == null) continue;
    const anchor = anchorOf(reference, scope);
    if (anchor === null) statics.add(reference);
    else candidates.set(reference, anchor);
  }
  const anchors = new Set([...candidates.values()].flatMap((anchor) => scope.sameName(anchor)));
  if (anchors.size > MAX_ANCHORS) return statics;
  for (let dropped = true; dropped;) {
    const reached = new Map<Node, ReadonlySet<Node> | 'anything'>();
    const reachedFrom = (root: Node): ReadonlySet<Node> | 'anything' => {
      let found = reached.get(root);
      if (found === undefined) reached.set(root, (found = reachable(root, scope, candidates)));
      return found;
    };
    const kept = new Map(
      [...candidates].filter(([reference, anchor]) =>
        scope.sameName(anchor).every((other) => {
          if (other === anchor) return true;
          const root = scope.resourceOf(other);
          const from = root === null ? 'anything' : reachedFrom(root);
          return from !== 'anything' && !from.has(reference);
        }),
      ),
    );
    dropped = kept.size < candidates.size;
    candidates = kept;
  }
  for (const reference of candidates.keys()) statics.add(reference);
  return statics;
}

/**
 * Every node evaluation can reach from `root`, or more: every object inside a node counts, not
 * only its subschemas, and a `$dynamicRef` whose target is an anchor and which `statics` does not
 * hold leads to every node defining that anchor's name as well as to its target; 'anything' when a
 * reference it meets cannot be followed.
 */
function reachable<N extends Node>(root: Node, scope: DynamicScope<N>, statics: ReadonlyMap<N, Node>): ReadonlySet<Node> | 'anything' {
  const seen = new Set<Node>();
  const queue: Node[] = [root];
  let unknown = false;
  const push = (value: unknown): void => {
    if (value === undefined) unknown = true;
    else if (typeof value === 'object' && value !== null && !seen.has(value)) queue.push(value);
  };
  while (queue.length > 0) {
    const node = queue.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    const values = Array.isArray(node) ? (node as unknown[]) : Object.values(node);
    for (const value of values) push(value);
    if (Array.isArray(node)) continue;
    const record = node as Record<string, unknown>;
    if (typeof record['$ref'] === 'string') push(scope.follow(node, '$ref'));
    if (typeof record['$dynamicRef'] === 'string') {
      push(scope.follow(node, '$dynamicRef'));
      const anchor = statics.has(node as N) ? null : anchorOf(node, scope);
      if (anchor !== null) for (const other of scope.sameName(anchor)) push(other);
    }
    if (unknown) return 'anything';
  }
  return seen;
}

/**
 * The node a reference's `$dynamicRef` names statically when it defines a `$dynamicAnchor` of the
 * reference's fragment (resolving a reference keeps its fragment), so that the scope may change
 * it; else null.
 */
function anchorOf(reference: Node, scope: DynamicScope<Node>): Node | null {
  const ref = (reference as Record<string, unknown>)['$dynamicRef'];
  if (typeof ref !== 'string') return null;
  const at = ref.indexOf('#');
  let name: string;
  try {
    name = at < 0 ? '' : decodeURIComponent(ref.slice(at + 1));
  } catch {
    return null;
  }
  const target = name === '' ? null : scope.follow(reference, '$dynamicRef');
  return typeof target === 'object' && target !== null && (target as Record<string, unknown>)['$dynamicAnchor'] === name ? target : null;
}
