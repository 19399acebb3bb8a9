import type jsonata from "jsonata";

/** A `name` node of a parsed rule: the text of a field it reads, and jsonata's position just past it. */
export interface NameNode {
  readonly type: "name";
  value: string;
  readonly position?: number;
}

type Node = {
  readonly type: string;
  readonly value?: unknown;
  readonly steps?: readonly unknown[];
  readonly lhs?: unknown;
  readonly rhs?: unknown;
  readonly expression?: unknown;
  readonly expressions?: readonly unknown[];
  readonly arguments?: readonly unknown[];
  readonly condition?: unknown;
  readonly then?: unknown;
  readonly else?: unknown;
};

function isNode(x: unknown): x is Node {
  return typeof x === "object" && x !== null && typeof (x as { type?: unknown }).type === "string";
}

/**
 * The name nodes of a parsed rule that read the row itself — not those inside a nested value, a predicate
 * or a function of the rule's own, which read something else — in source order. These are the names a
 * person writes as a column's header (`采购金额 > 100000`), and the ones a misspelling silently empties.
 * @example rowNameNodes(jsonata("amount > 5 and lines[qty > 1]").ast()) → the node of "amount", "lines"
 */
export function rowNameNodes(ast: jsonata.ExprNode): NameNode[] {
  const out: NameNode[] = [];
  const visit = (node: unknown): void => {
    if (!isNode(node)) return;
    switch (node.type) {
      case "name":
        out.push(node as unknown as NameNode);
        return;
      case "path":
        // Only the first step reads the row; later steps read inside it.
        visit(node.steps?.[0]);
        return;
      case "binary":
        visit(node.lhs);
        visit(node.rhs);
        return;
      case "unary":
        visit(node.expression);
        for (const e of node.expressions ?? []) visit(e);
        return;
      case "condition":
        visit(node.condition);
        visit(node.then);
        visit(node.else);
        return;
      case "function":
      case "partial":
        for (const a of node.arguments ?? []) visit(a);
        return;
      case "block":
        for (const e of node.expressions ?? []) visit(e);
        return;
      case "bind":
        visit(node.rhs);
        return;
      default:
        // Lambdas, object constructors, transforms and the like read other contexts: not checked.
        return;
    }
  };
  visit(ast);
  return out.sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
}
