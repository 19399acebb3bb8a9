import jsonata from "jsonata";
import type { Lang } from "../../words/lang";
import type { ProcessDefinition, StepDef } from "../definition/types";
import { procsheetError } from "../error";
import type { ProcsheetError } from "../result";
import { ruleTextProblem } from "./lint";
import { rowNameNodes, type NameNode } from "./row-name-nodes";
import { matchKey } from "../text";
import { headerIn, meaningOf, rowNamesOf, type RowNames } from "./row-names";

/**
 * Rules in people's words: a rule may name a column by its header in either language, in any letter case
 * (`采购金额 > 100000`, `` `Cost estimate` > 5000 ``). The stored rule keeps what the person wrote; when it
 * is compiled, the names of its parsed tree are turned into keys, so jsonata and the fast path evaluate
 * exactly the rule written with keys (docs/specification.md §1.11).
 */

/**
 * Turns every name the rule reads from the row into the key it stands for, in the parsed tree itself (the
 * tree jsonata evaluates and the fast path compiles). A name two columns share is refused, naming both.
 */
export function bindRowNames(
  ast: jsonata.ExprNode,
  names: RowNames,
  path: string,
): ProcsheetError | undefined {
  for (const node of rowNameNodes(ast)) {
    const meaning = meaningOf(names, node.value);
    if (meaning.kind === "key") node.value = meaning.key;
    else if (meaning.kind === "ambiguous") return ambiguous(node, meaning.keys, names, path);
  }
  return undefined;
}

function ambiguous(node: NameNode, keys: readonly string[], names: RowNames, path: string): ProcsheetError {
  const [firstKey = "", secondKey = ""] = keys;
  const mistake = procsheetError(
    "RULE_SYNTAX",
    "rule.ambiguousName",
    {
      name: node.value,
      first: headerIn(names, firstKey, "en"),
      second: headerIn(names, secondKey, "en"),
      firstKey,
      secondKey,
    },
    {},
    { first: headerIn(names, firstKey, "zh-CN"), second: headerIn(names, secondKey, "zh-CN") },
  );
  return ruleTextProblem(path, node.position ?? 0, mistake);
}

const RESERVED = new Set(["and", "or", "in", "true", "false", "null"]);
// jsonata ends a name at white space or any operator character; quotes, `$` and digits start other tokens.
const PLAIN_NAME = /^[^\s.[\]{}(),@#;:?+\-*/%|=<>^&!~"'`$0-9][^\s.[\]{}(),@#;:?+\-*/%|=<>^&!~"'`]*$/u;

/** A column name as a rule can hold it: plain where jsonata reads it as one name, else in backticks. */
export function asRuleName(name: string): string {
  if (PLAIN_NAME.test(name) && !RESERVED.has(name)) return name;
  return name.includes("`") ? name : `\`${name}\``;
}

/** Where a name node's text starts in the source (jsonata's position is just past it). */
function spanOf(source: string, node: NameNode): { start: number; end: number } | undefined {
  const end = node.position;
  if (end === undefined) return undefined;
  const quoted = source[end - 1] === "`";
  const start = end - node.value.length - (quoted ? 2 : 0);
  return start >= 0 ? { start, end } : undefined;
}

/**
 * A rule as a reader of `lang` says it: every column it reads named by its header in that language; the
 * rest as written. `reading`: for the eye only (a map, a why), headers stand without the backticks the
 * rule language needs around some of them. A rule that does not parse is returned as it is.
 * @example ruleInWords("amount > 50000", names, "zh-CN") === "采购金额 > 50000"
 */
export function ruleInWords(source: string, names: RowNames, lang: Lang, reading = false): string {
  let nodes: NameNode[];
  try {
    nodes = rowNameNodes(jsonata(source).ast());
  } catch {
    return source;
  }
  let out = "";
  let at = 0;
  for (const node of nodes) {
    const meaning = meaningOf(names, node.value);
    const span = spanOf(source, node);
    if (meaning.kind !== "key" || !span || span.start < at) continue;
    const header = headerIn(names, meaning.key, lang);
    out += source.slice(at, span.start) + (reading ? header : asRuleName(header));
    at = span.end;
  }
  return out + source.slice(at);
}

/** A number typed with thousands separators where the rule language wants plain digits. */
export interface ThousandsMistake {
  /** As typed, e.g. `100,000`. */
  readonly typed: string;
  /** As the rule language reads it, e.g. `100000`. */
  readonly plain: string;
  /** Just past the number, as jsonata counts positions. */
  readonly position: number;
  /** The whole rule with every such number written plainly. */
  readonly fixed: string;
}

const GROUPED = /(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,])/gu;

/** The parts of a rule outside string literals, backticked names and comments, as [start, end) spans. */
function codeSpans(source: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    const close = ch === '"' || ch === "'" || ch === "`" ? ch : source.startsWith("/*", i) ? "*/" : undefined;
    if (close === undefined) {
      i++;
      continue;
    }
    spans.push([start, i]);
    let j = i + (close === "*/" ? 2 : 1);
    while (j < source.length && !source.startsWith(close, j))
      j += close !== "`" && source[j] === "\\" ? 2 : 1;
    i = j + close.length;
    start = i;
  }
  spans.push([start, source.length]);
  return spans;
}

function parses(source: string): boolean {
  try {
    jsonata(source);
    return true;
  } catch {
    return false;
  }
}

/**
 * `Amount > 100,000`: the rule language reads the comma as a list separator and refuses the rule. When the
 * rule does not parse and writing its grouped numbers plainly would, that is the mistake to explain.
 */
export function thousandsMistake(source: string): ThousandsMistake | undefined {
  const found: { index: number; text: string }[] = [];
  for (const [from, to] of codeSpans(source))
    for (const m of source.slice(from, to).matchAll(GROUPED))
      found.push({ index: from + m.index, text: m[0] });
  const first = found[0];
  if (!first || parses(source)) return undefined;
  let fixed = "";
  let at = 0;
  for (const f of found) {
    fixed += source.slice(at, f.index) + f.text.replaceAll(",", "");
    at = f.index + f.text.length;
  }
  fixed += source.slice(at);
  if (!parses(fixed)) return undefined;
  return {
    typed: first.text,
    plain: first.text.replaceAll(",", ""),
    position: first.index + first.text.length,
    fixed,
  };
}

/** The thousands mistake as the rule's syntax error, at the number. */
export function thousandsError(path: string, mistake: ThousandsMistake): ProcsheetError {
  const inner = procsheetError("RULE_SYNTAX", "rule.thousands", {
    typed: mistake.typed,
    plain: mistake.plain,
  });
  return ruleTextProblem(path, mistake.position, inner);
}

type Rules = Pick<ProcessDefinition, "fields" | "steps">;

/** One rule's text with each column the old names gave, and the new ones lost, named anew. */
function renamedRule(source: string, before: RowNames, after: RowNames): string {
  let nodes: NameNode[];
  try {
    nodes = rowNameNodes(jsonata(source).ast());
  } catch {
    return source;
  }
  let out = "";
  let at = 0;
  for (const node of nodes) {
    const was = meaningOf(before, node.value);
    const now = meaningOf(after, node.value);
    const span = spanOf(source, node);
    if (was.kind !== "key" || (now.kind === "key" && now.key === was.key) || !span || span.start < at)
      continue;
    if (!after.keys.has(was.key)) continue; // the column is gone: the editor warns instead
    const old = before.headers.get(was.key);
    const lang: Lang =
      old !== undefined && typeof old === "object" && matchKey(old["zh-CN"] ?? "") === matchKey(node.value)
        ? "zh-CN"
        : "en";
    out += source.slice(at, span.start) + asRuleName(headerIn(after, was.key, lang));
    at = span.end;
  }
  return out + source.slice(at);
}

/**
 * The rules of `after` with every column name that meant a column under `before`'s headers, and no longer
 * does, written with the column's new header (in the language it was written in). So renaming a field's
 * header never leaves a rule that named it reading nothing.
 * @example followColumnRenames(def, renamed) // "Amount > 5" becomes "Total > 5" when Amount is renamed Total
 */
export function followColumnRenames<D extends Rules>(before: Rules, after: D): D {
  const was = rowNamesOf(before);
  const now = rowNamesOf(after);
  if (was.signature === now.signature) return after;
  const fix = (s: string): string => renamedRule(s, was, now);
  const steps = after.steps.map((step): StepDef => {
    const owner =
      typeof step.owner === "string"
        ? step.owner
        : step.owner.map((c) => ({
            ...c,
            ...(c.when !== undefined ? { when: fix(c.when) } : {}),
            ...("assignExpr" in c ? { assignExpr: fix(c.assignExpr) } : {}),
          }));
    const next = step.next?.map((c) => (c.when !== undefined ? { ...c, when: fix(c.when) } : c));
    return { ...step, owner, ...(next ? { next } : {}) };
  });
  return { ...after, steps };
}
