import type {
  NextClause,
  OwnerClause,
  OwnerRule,
  ProcessDefinition,
  StepDef,
} from "../../core/definition/types";

/** An owner rule as the editor's list of clauses (a plain name is one clause without a condition). */
export function ownerClauses(rule: OwnerRule): OwnerClause[] {
  return typeof rule === "string" ? [{ assign: rule }] : [...rule];
}

/** Back to the definition's form: one unconditional literal clause is written as the plain name. */
export function toOwnerRule(clauses: readonly OwnerClause[]): OwnerRule {
  const [only] = clauses;
  if (clauses.length === 1 && only && only.when === undefined && "assign" in only) return only.assign;
  return [...clauses];
}

/** A clause's condition; empty means "always" and is left out (the schema wants no empty expressions). */
export function withWhen<C extends { readonly when?: string }>(clause: C, when: string): C {
  const { when: _old, ...rest } = clause;
  return (when.trim() === "" ? rest : { ...rest, when }) as C;
}

/** Switches an owner clause between a literal person/role and an expression, keeping its text. */
export function withOwnerKind(
  clause: OwnerClause,
  kind: "assign" | "assignExpr",
  value: string,
): OwnerClause {
  const when = clause.when !== undefined ? { when: clause.when } : {};
  return kind === "assign" ? { ...when, assign: value } : { ...when, assignExpr: value };
}

export function ownerValue(clause: OwnerClause): {
  readonly kind: "assign" | "assignExpr";
  readonly value: string;
} {
  return "assign" in clause
    ? { kind: "assign", value: clause.assign }
    : { kind: "assignExpr", value: clause.assignExpr };
}

/** Moves item `index` by `delta`, or returns the list unchanged at either end. */
export function moveAt<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item as T);
  return out;
}

function mapStep(def: ProcessDefinition, stepId: string, update: (s: StepDef) => StepDef): ProcessDefinition {
  return { ...def, steps: def.steps.map((s) => (s.id === stepId ? update(s) : s)) };
}

export function updateOwner(
  def: ProcessDefinition,
  stepId: string,
  update: (clauses: OwnerClause[]) => OwnerClause[],
): ProcessDefinition {
  return mapStep(def, stepId, (s) => ({ ...s, owner: toOwnerRule(update(ownerClauses(s.owner))) }));
}

/** Next clauses; an emptied list is removed (the step then leads to the following one). */
export function updateNext(
  def: ProcessDefinition,
  stepId: string,
  update: (clauses: NextClause[]) => NextClause[],
): ProcessDefinition {
  return mapStep(def, stepId, (s) => {
    const next = update([...(s.next ?? [])]);
    const { next: _old, ...rest } = s;
    return next.length > 0 ? { ...rest, next } : rest;
  });
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}
