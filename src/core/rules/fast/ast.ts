/**
 * Reading jsonata's parsed AST, which its type definitions describe only loosely (no `path` node,
 * no `stages`): every node is checked key by key, and anything unexpected is a reason to leave the
 * expression to jsonata rather than a guess.
 */
export type AstNode = Readonly<Record<string, unknown>>;

/** Thrown while compiling; `compileFast` turns it into "no fast path" (jsonata evaluates the expression). */
export class Fallback {
  constructor(readonly reason: string) {}
}

export function asNode(x: unknown, where: string): AstNode {
  if (typeof x !== "object" || x === null || Array.isArray(x))
    throw new Fallback(`${where}: not an AST node`);
  return x as AstNode;
}

export function asNodes(x: unknown, where: string): readonly AstNode[] {
  if (!Array.isArray(x)) throw new Fallback(`${where}: expected a list of AST nodes`);
  return x.map((n: unknown) => asNode(n, where));
}

/**
 * Refuses nodes that carry anything this compiler does not handle (predicates on non-path nodes,
 * `keepArray`, `group`, focus/index bindings, parent seeking, ...). Keys set to `undefined` are absent.
 */
export function onlyKeys(node: AstNode, allowed: readonly string[], what: string): void {
  for (const key of Object.keys(node)) {
    if (node[key] === undefined) continue;
    if (!allowed.includes(key)) throw new Fallback(`${what} with \`${key}\``);
  }
}

export function positionOf(node: AstNode): number | undefined {
  return typeof node.position === "number" ? node.position : undefined;
}

export function stringField(node: AstNode, key: string, what: string): string {
  const v = node[key];
  if (typeof v !== "string") throw new Fallback(`${what}: \`${key}\` is not text`);
  return v;
}
