import type jsonata from "jsonata";
import { describeError, procsheetError } from "../error";
import { rowNameNodes } from "./row-name-nodes";
import { meaningOf, type RowNames } from "./row-names";
import type { ProcsheetError } from "../result";

/** jsonata 2.2's built-in functions (its static frame), the only `$name(…)` calls a rule can make. */
const BUILT_INS = new Set(
  "sum count max min average string substring substringBefore substringAfter lowercase uppercase length trim pad match contains replace split join formatNumber formatBase formatInteger parseInteger number floor ceil round abs sqrt power random boolean not map zip filter single reduce sift keys lookup append exists spread merge reverse each error assert type sort shuffle distinct encodeUrlComponent encodeUrl decodeUrlComponent decodeUrl toMillis fromMillis clone millis".split(
    " ",
  ),
);
/** What Procsheet binds as values (docs/specification.md §2). */
const BOUND_VALUES = new Set(["now", "today", "process"]);

type Node = jsonata.ExprNode & { readonly steps?: readonly jsonata.ExprNode[] };

function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, visit);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  if (typeof (node as { type?: unknown }).type === "string") visit(node as Node);
  for (const value of Object.values(node)) if (typeof value === "object") walk(value, visit);
}

/**
 * A mistake in a rule's text, worded by the catalogue (src/words/errors-rules.ts) and shown as a syntax
 * error at its character, like the rule language's own.
 */
export function ruleTextProblem(path: string, position: number, mistake: ProcsheetError): ProcsheetError {
  const detail = describeError(mistake, "en");
  const zh = { detail: describeError(mistake, "zh-CN") };
  return procsheetError("RULE_SYNTAX", "rule.syntax", { position, detail }, { path, position }, zh);
}

/**
 * Mistakes JSONata only reports when a row is evaluated (T1005/T1006), caught when the rule is saved:
 * `not(x)` (a field called as a function), `$now()` (a value called), unknown `$functions`.
 * @example lintExpression(jsonata("a and not(b)").ast(), "steps[0].next[0].when")
 */
export function lintExpression(ast: jsonata.ExprNode, path: string): ProcsheetError[] {
  const out: ProcsheetError[] = [];
  let binds = false;
  walk(ast, (n) => {
    // jsonata's typings omit some runtime node types ("bind", "path"), hence the widening.
    const type: string = n.type;
    if (type === "bind" || type === "lambda") binds = true;
  });
  walk(ast, (n) => {
    if (n.type !== "function" && n.type !== "partial") return;
    const proc = n.procedure as Node | undefined;
    if (!proc) return;
    const position = proc.position ?? n.position ?? 0;
    const procType: string = proc.type;
    if (procType === "path" && proc.steps?.length === 1 && proc.steps[0]?.type === "name") {
      const name = String(proc.steps[0].value);
      out.push(ruleTextProblem(path, position, procsheetError("RULE_SYNTAX", "rule.fieldCalled", { name })));
    } else if (proc.type === "variable") {
      const name = String(proc.value);
      if (BOUND_VALUES.has(name))
        out.push(
          ruleTextProblem(path, position, procsheetError("RULE_SYNTAX", "rule.valueCalled", { name })),
        );
      else if (name === "eval")
        out.push(ruleTextProblem(path, position, procsheetError("RULE_SYNTAX", "rule.noEval", {})));
      else if (!binds && !BUILT_INS.has(name))
        out.push(ruleTextProblem(path, position, procsheetError("RULE_SYNTAX", "rule.noFunction", { name })));
    }
  });
  return out;
}

/** A name a rule reads from the row that the row will never have. */
export interface UnknownName {
  readonly name: string;
  /** jsonata's position: just past the name. */
  readonly position: number;
}

/**
 * Names read from the row itself (not from inside a nested value, a predicate or a function of the rule's
 * own) that name no column: a misspelt column evaluates to nothing on every row, silently, so the rule
 * editor warns while it is typed (docs/reliability.md R8). `known` is a set of keys, or a process's row names
 * (keys and headers in either language, any letter case). Text that does not parse gives none.
 * @example unknownNames("amonut > 5000", new Set(["amount"])) → [{ name: "amonut", position: 6 }]
 */
export function unknownNames(ast: jsonata.ExprNode, known: ReadonlySet<string> | RowNames): UnknownName[] {
  const isKnown = (name: string): boolean =>
    known instanceof Set ? known.has(name) : meaningOf(known as RowNames, name).kind !== "unknown";
  const out: UnknownName[] = [];
  for (const node of rowNameNodes(ast)) {
    const name = String(node.value);
    if (!isKnown(name) && !out.some((u) => u.name === name)) out.push({ name, position: node.position ?? 0 });
  }
  return out;
}
