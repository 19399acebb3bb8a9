import type { Text } from "../text";
import type { FieldDef, FieldType, Goal, NextClause, OwnerRule, ProcessDefinition, StepDef } from "./types";

/**
 * One rule clause as a person reads it: `when` (absent: "otherwise"/"always") and what it gives. `expr`
 * marks an owner computed by an expression (`assignExpr`) rather than named (`assign`).
 */
export interface RuleClause {
  readonly when?: string;
  readonly then: string;
  readonly expr?: boolean;
}

export type ClauseChange =
  | { readonly change: "added"; readonly after: RuleClause }
  | { readonly change: "removed"; readonly before: RuleClause }
  | { readonly change: "changed"; readonly before: RuleClause; readonly after: RuleClause };

export type FieldAspect =
  "header" | "type" | "format" | "choices" | "required" | "min" | "max" | "description";

export type GoalAspect = "statement" | "targetCycleDays" | "targetOnTimeRate";

/** What changes between two versions of a process, in the terms a process owner uses. */
export type DefinitionChange =
  | { readonly kind: "nameChanged"; readonly before: Text; readonly after: Text }
  | { readonly kind: "stepAdded"; readonly step: string; readonly name: Text; readonly position: number }
  | { readonly kind: "stepRemoved"; readonly step: string; readonly name: Text }
  | { readonly kind: "stepRenamed"; readonly step: string; readonly before: Text; readonly after: Text }
  /** A step kept its id but sits elsewhere in the order (positions count from 1). */
  | {
      readonly kind: "stepMoved";
      readonly step: string;
      readonly name: Text;
      readonly from: number;
      readonly to: number;
    }
  | {
      readonly kind: "slaChanged";
      readonly step: string;
      readonly name: Text;
      readonly before?: number;
      readonly after?: number;
    }
  | {
      readonly kind: "ownerRuleChanged" | "nextRuleChanged";
      readonly step: string;
      readonly name: Text;
      readonly clauses: readonly ClauseChange[];
    }
  | { readonly kind: "fieldAdded"; readonly field: string; readonly header: Text; readonly type: FieldType }
  | { readonly kind: "fieldRemoved"; readonly field: string; readonly header: Text }
  | {
      readonly kind: "fieldChanged";
      readonly field: string;
      readonly header: Text;
      readonly aspects: readonly FieldAspect[];
    }
  | { readonly kind: "roleAdded"; readonly role: string; readonly members: readonly string[] }
  | { readonly kind: "roleRemoved"; readonly role: string }
  | {
      readonly kind: "roleChanged";
      readonly role: string;
      readonly added: readonly string[];
      readonly removed: readonly string[];
      /** Set when the assignment policy (first / least-busy) changed. */
      readonly assign?: { readonly before: string; readonly after: string };
    }
  | {
      readonly kind: "goalChanged";
      readonly aspect: GoalAspect;
      readonly before?: string | number;
      readonly after?: string | number;
    }
  /** Top-level parts that differ and have no finer entry above (description, calendar, tests, sample…). */
  | { readonly kind: "otherChanged"; readonly parts: readonly string[] };

/** Key order does not make two JSON values different. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v !== null && typeof v === "object") {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "undefined";
}

const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/** Longest common subsequence of two lists of keys, as index pairs in order. */
function lcs(a: readonly string[], b: readonly string[]): [number, number][] {
  const table: number[][] = Array.from({ length: a.length + 1 }, () =>
    Array.from({ length: b.length + 1 }, () => 0),
  );
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) {
      const row = table[i] as number[];
      row[j] =
        a[i] === b[j]
          ? ((table[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((table[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (((table[i + 1] as number[])[j] as number) >= ((table[i] as number[])[j + 1] as number)) i++;
    else j++;
  }
  return pairs;
}

/**
 * Clause-by-clause changes: clauses kept in order are unchanged; a removal and an addition at the same
 * place read as one clause changed, which is how a person edits a rule.
 */
function clauseChanges(before: readonly RuleClause[], after: readonly RuleClause[]): ClauseChange[] {
  const pairs = lcs(before.map(canonical), after.map(canonical));
  const out: ClauseChange[] = [];
  let i = 0;
  let j = 0;
  const flush = (untilI: number, untilJ: number): void => {
    while (i < untilI && j < untilJ)
      out.push({ change: "changed", before: before[i++] as RuleClause, after: after[j++] as RuleClause });
    while (i < untilI) out.push({ change: "removed", before: before[i++] as RuleClause });
    while (j < untilJ) out.push({ change: "added", after: after[j++] as RuleClause });
  };
  for (const [pi, pj] of pairs) {
    flush(pi, pj);
    i = pi + 1;
    j = pj + 1;
  }
  flush(before.length, after.length);
  return out;
}

function ownerClauses(rule: OwnerRule): RuleClause[] {
  if (typeof rule === "string") return [{ then: rule }];
  return rule.map((c) => ({
    ...(c.when !== undefined ? { when: c.when } : {}),
    ...("assign" in c ? { then: c.assign } : { then: c.assignExpr, expr: true }),
  }));
}

function nextClauses(next: readonly NextClause[] | undefined): RuleClause[] {
  return (next ?? []).map((c) => ({ ...(c.when !== undefined ? { when: c.when } : {}), then: c.goto }));
}

function stepChanges(a: readonly StepDef[], b: readonly StepDef[], others: string[]): DefinitionChange[] {
  const out: DefinitionChange[] = [];
  const beforeById = new Map(a.map((s) => [s.id, s]));
  const afterIds = new Set(b.map((s) => s.id));
  for (const s of a) if (!afterIds.has(s.id)) out.push({ kind: "stepRemoved", step: s.id, name: s.name });
  b.forEach((s, index) => {
    if (!beforeById.has(s.id)) out.push({ kind: "stepAdded", step: s.id, name: s.name, position: index + 1 });
  });
  // Order of the steps both versions have: those outside the longest run kept in order have moved.
  const keptBefore = a.filter((s) => afterIds.has(s.id)).map((s) => s.id);
  const keptAfter = b.filter((s) => beforeById.has(s.id)).map((s) => s.id);
  const inOrder = new Set(lcs(keptBefore, keptAfter).map(([i]) => keptBefore[i]));
  for (const s of b) {
    const old = beforeById.get(s.id);
    if (!old) continue;
    if (!inOrder.has(s.id))
      out.push({
        kind: "stepMoved",
        step: s.id,
        name: s.name,
        from: a.indexOf(old) + 1,
        to: b.indexOf(s) + 1,
      });
    if (!same(old.name, s.name))
      out.push({ kind: "stepRenamed", step: s.id, before: old.name, after: s.name });
    if (!same(old.description, s.description)) others.push(`steps.${s.id}.description`);
    if (old.slaDays !== s.slaDays)
      out.push({
        kind: "slaChanged",
        step: s.id,
        name: s.name,
        ...(old.slaDays !== undefined ? { before: old.slaDays } : {}),
        ...(s.slaDays !== undefined ? { after: s.slaDays } : {}),
      });
    const owner = clauseChanges(ownerClauses(old.owner), ownerClauses(s.owner));
    if (owner.length > 0) out.push({ kind: "ownerRuleChanged", step: s.id, name: s.name, clauses: owner });
    const next = clauseChanges(nextClauses(old.next), nextClauses(s.next));
    if (next.length > 0) out.push({ kind: "nextRuleChanged", step: s.id, name: s.name, clauses: next });
  }
  return out;
}

const FIELD_ASPECTS: readonly FieldAspect[] = [
  "header",
  "type",
  "format",
  "choices",
  "required",
  "min",
  "max",
  "description",
];

function fieldChanges(a: readonly FieldDef[], b: readonly FieldDef[]): DefinitionChange[] {
  const out: DefinitionChange[] = [];
  const before = new Map(a.map((f) => [f.key, f]));
  const afterKeys = new Set(b.map((f) => f.key));
  for (const f of a)
    if (!afterKeys.has(f.key)) out.push({ kind: "fieldRemoved", field: f.key, header: f.header });
  for (const f of b) {
    const old = before.get(f.key);
    if (!old) {
      out.push({ kind: "fieldAdded", field: f.key, header: f.header, type: f.type });
      continue;
    }
    const aspects = FIELD_ASPECTS.filter((k) => !same(old[k], f[k]));
    if (aspects.length > 0) out.push({ kind: "fieldChanged", field: f.key, header: f.header, aspects });
  }
  return out;
}

function roleChanges(a: ProcessDefinition["roles"], b: ProcessDefinition["roles"]): DefinitionChange[] {
  const out: DefinitionChange[] = [];
  const before = a ?? {};
  const after = b ?? {};
  for (const role of Object.keys(before))
    if (!Object.hasOwn(after, role)) out.push({ kind: "roleRemoved", role });
  for (const [role, def] of Object.entries(after)) {
    const old = Object.hasOwn(before, role) ? before[role] : undefined;
    if (!old) {
      out.push({ kind: "roleAdded", role, members: def.members });
      continue;
    }
    const added = def.members.filter((m) => !old.members.includes(m));
    const removed = old.members.filter((m) => !def.members.includes(m));
    const policyBefore = old.assign ?? "least-busy";
    const policyAfter = def.assign ?? "least-busy";
    if (added.length > 0 || removed.length > 0 || policyBefore !== policyAfter)
      out.push({
        kind: "roleChanged",
        role,
        added,
        removed,
        ...(policyBefore !== policyAfter ? { assign: { before: policyBefore, after: policyAfter } } : {}),
      });
  }
  return out;
}

function goalValue(goal: Goal | undefined, aspect: GoalAspect): string | number | undefined {
  const v = goal?.[aspect];
  if (v === undefined) return undefined;
  return typeof v === "number" ? v : canonical(v);
}

function goalChanges(a: Goal | undefined, b: Goal | undefined): DefinitionChange[] {
  const out: DefinitionChange[] = [];
  for (const aspect of ["statement", "targetCycleDays", "targetOnTimeRate"] as const) {
    if (same(a?.[aspect], b?.[aspect])) continue;
    // A statement is shown as "changed", not quoted: it is long and per-language.
    const before = aspect === "statement" ? undefined : goalValue(a, aspect);
    const after = aspect === "statement" ? undefined : goalValue(b, aspect);
    out.push({
      kind: "goalChanged",
      aspect,
      ...(before !== undefined ? { before } : {}),
      ...(after !== undefined ? { after } : {}),
    });
  }
  return out;
}

/** Parts compared above (or bookkeeping: `version`, `$schema`); any other top-level difference is "other". */
const DETAILED = new Set([
  "name",
  "steps",
  "fields",
  "roles",
  "goal",
  "version",
  "$schema",
  "schemaVersion",
  "id",
]);

/**
 * What changes from definition `a` to definition `b`, for showing before an upgrade is applied: steps
 * added, removed, renamed or moved; SLA changes; owner and next-step rule clauses changed; fields and
 * roles added, removed or changed; goal targets; and any other part that differs. Steps, fields and roles
 * are matched by id / key, so a renamed step is a rename, not a removal and an addition.
 * @example diffDefinitions(workbookDefinition, catalogueDefinition)
 */
export function diffDefinitions(a: ProcessDefinition, b: ProcessDefinition): DefinitionChange[] {
  const out: DefinitionChange[] = [];
  const others: string[] = [];
  if (!same(a.name, b.name)) out.push({ kind: "nameChanged", before: a.name, after: b.name });
  out.push(...stepChanges(a.steps, b.steps, others));
  out.push(...fieldChanges(a.fields ?? [], b.fields ?? []));
  out.push(...roleChanges(a.roles, b.roles));
  out.push(...goalChanges(a.goal, b.goal));
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !DETAILED.has(k));
  const top = (d: ProcessDefinition, k: string): unknown => (d as unknown as Record<string, unknown>)[k];
  const parts = [...keys.filter((k) => !same(top(a, k), top(b, k))).sort(), ...others];
  if (parts.length > 0) out.push({ kind: "otherChanged", parts });
  return out;
}
