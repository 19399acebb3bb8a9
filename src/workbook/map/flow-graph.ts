import type { Lang } from "../../words/lang";
import { END, type OwnerRule, type ProcessDefinition } from "../../core/definition/types";
import { ruleInWords } from "../../core/rules/people-words";
import { rowNamesOf, type RowNames } from "../../core/rules/row-names";
import { roleIndex, roleNamed } from "../../core/process";
import { resolveText } from "../../core/text";

/** The words a flow is drawn with, from the caller's section of the catalogue (the pane's, the sheet's). */
export interface FlowWords {
  readonly end: string;
  /** "3. Purchasing review" */
  readonly stepTitle: (n: number, name: string) => string;
  /** "2 working days"; no SLA is left out. */
  readonly sla: (days: number) => string;
  /** "If Amount > 50000" */
  readonly when: (condition: string) => string;
  readonly otherwise: string;
}

export interface FlowNode {
  /** A step id, or `end`. */
  readonly id: string;
  readonly kind: "step" | "end";
  /** Place in the drawing from the top: the step's position in the process; `end` after the last. */
  readonly rank: number;
  readonly title: string;
  /** Who owns the step, in words ("Procurement manager / Buyers"), and its SLA. */
  readonly owner?: string;
  readonly sla?: string;
}

export interface FlowEdge {
  readonly from: string;
  readonly to: string;
  /** The condition in the reader's words, "Otherwise" for a last clause without one; none for a plain next step. */
  readonly label?: string;
  /** The next rule's clause this arrow stands for (0-based); none for the following step by default. */
  readonly clause?: number;
}

export interface FlowGraph {
  readonly nodes: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
}

const MAX_OWNERS = 3;

function roleName(def: ProcessDefinition, name: string, lang: Lang): string {
  const key = roleNamed(roleIndex(def), name);
  return key === undefined ? name : resolveText(def.roles?.[key]?.name, lang) || key;
}

/**
 * Who a step's owner rule can give, in words: roles by their name in `lang`, people as written, an
 * expression as its rule in the reader's words; at most three, then "…".
 */
export function ownerSummary(def: ProcessDefinition, owner: OwnerRule, lang: Lang, names: RowNames): string {
  const clauses = typeof owner === "string" ? [{ assign: owner }] : owner;
  const who: string[] = [];
  for (const c of clauses) {
    const one = "assign" in c ? roleName(def, c.assign, lang) : ruleInWords(c.assignExpr, names, lang, true);
    if (one !== "" && !who.includes(one)) who.push(one);
  }
  return who.length > MAX_OWNERS ? `${who.slice(0, MAX_OWNERS).join(" / ")} / …` : who.join(" / ");
}

/**
 * A process as a flow: one node per step in order and the end; one edge per next-rule clause (labelled
 * with its condition in the reader's words, the last clause without one as "Otherwise"), or to the
 * following step (the end after the last) where a step has no next rule.
 * @example flowGraph(procurement, "zh-CN", words).edges.find((e) => e.from === "review")?.label === "如果 采购金额 > 50000"
 */
export function flowGraph(def: ProcessDefinition, lang: Lang, words: FlowWords): FlowGraph {
  const names = rowNamesOf(def);
  const nodes: FlowNode[] = def.steps.map((s, i) => ({
    id: s.id,
    kind: "step",
    rank: i,
    title: words.stepTitle(i + 1, resolveText(s.name, lang) || s.id),
    owner: ownerSummary(def, s.owner, lang, names),
    ...(s.slaDays !== undefined ? { sla: words.sla(s.slaDays) } : {}),
  }));
  nodes.push({ id: END, kind: "end", rank: def.steps.length, title: words.end });
  const edges: FlowEdge[] = def.steps.flatMap((s, i): FlowEdge[] => {
    if (!s.next) return [{ from: s.id, to: def.steps[i + 1]?.id ?? END }];
    return s.next.map((c, clause) => ({
      from: s.id,
      to: c.goto,
      clause,
      label: c.when === undefined ? words.otherwise : words.when(ruleInWords(c.when, names, lang, true)),
    }));
  });
  return { nodes, edges };
}
