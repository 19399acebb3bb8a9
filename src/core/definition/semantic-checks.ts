import type { ProcsheetError } from "../result";
import { definitionProblem } from "./problem";
import { isSystemKey, SYSTEM_COLUMNS } from "../register/system-columns";
import { parseStatus } from "../register/status";
import { parseLocal } from "../time/local-time";
import { matchKey, textVariants } from "../text";
import { END, type FieldDef, type ProcessDefinition, type Reminders, type RuleRow } from "./types";

const problem = definitionProblem;

function duplicates(values: readonly string[]): Set<number> {
  const seen = new Map<string, number>();
  const dup = new Set<number>();
  values.forEach((v, i) => {
    if (seen.has(v)) dup.add(i);
    else seen.set(v, i);
  });
  return dup;
}

const DATE_SYSTEM_KEYS = new Set(["due", "stepStarted", "created", "closed"]);

/** Whether a number lies outside a field's min and max. */
export function outOfBounds(field: FieldDef, value: number): boolean {
  return (field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max);
}

function boundsOf(field: FieldDef, value: number): { value: number; min: string; max: string } {
  return {
    value,
    min: field.min === undefined ? "—" : String(field.min),
    max: field.max === undefined ? "—" : String(field.max),
  };
}

/** A sample or test row must use known keys and canonical values, or the template misleads its users. */
function rowProblems(
  def: ProcessDefinition,
  row: RuleRow,
  path: string,
  out: ProcsheetError[],
  isSample = false,
): void {
  const fields = new Map((def.fields ?? []).map((f) => [f.key, f]));
  const stepIds = new Set(def.steps.map((s) => s.id));
  for (const [key, value] of Object.entries(row)) {
    if (value === null) continue;
    const at = `${path}.${key}`;
    if (isSystemKey(key)) {
      if (key === "step" && !stepIds.has(String(value)))
        out.push(problem(at, "definition.notStepId", { value: String(value) }));
      if (key === "status" && parseStatus(String(value)) !== String(value))
        out.push(problem(at, "definition.notStatusWord", { value: String(value) }));
      if (DATE_SYSTEM_KEYS.has(key) && (typeof value !== "string" || parseLocal(value) === undefined))
        out.push(problem(at, "definition.notDate", {}));
      continue;
    }
    const field = fields.get(key);
    if (!field) {
      out.push(problem(at, "definition.unknownRowKey", { name: key }));
      continue;
    }
    const t = field.type;
    if (t === "number" && typeof value !== "number") out.push(problem(at, "definition.mustBeNumber", {}));
    // A sample row becomes a register row, which its range would refuse; a rule test only tries the rules.
    if (isSample && t === "number" && typeof value === "number" && outOfBounds(field, value))
      out.push(problem(at, "definition.outOfBounds", boundsOf(field, value)));
    if (t === "boolean" && typeof value !== "boolean") out.push(problem(at, "definition.mustBeBoolean", {}));
    if ((t === "date" || t === "datetime") && (typeof value !== "string" || parseLocal(value) === undefined))
      out.push(problem(at, "definition.notDate", {}));
    if (t === "choice" && field.choices) {
      const allowed = field.choices.map((c) => (typeof c === "string" ? c : c.value));
      if (!allowed.includes(String(value)))
        out.push(problem(at, "definition.notChoice", { value: String(value) }));
    }
  }
}

/** Escalation levels in ascending `afterDays`, each to someone (docs/specification.md §8.1). */
function reminderProblems(reminders: Reminders | undefined, path: string, out: ProcsheetError[]): void {
  let previous = 0;
  reminders?.escalate?.forEach((e, i) => {
    if (e.afterDays <= previous)
      out.push(
        problem(`${path}.escalate[${i}].afterDays`, "definition.escalationOrder", {
          afterDays: e.afterDays,
          previous,
        }),
      );
    previous = Math.max(previous, e.afterDays);
    // "owner" would escalate to the person the case already waits on.
    if (matchKey(e.to) === "owner")
      out.push(problem(`${path}.escalate[${i}].to`, "definition.escalationToOwner", { to: e.to }));
  });
}

/**
 * What the schema cannot say: unique ids, `goto` targets, field/choice consistency, rule-test and sample
 * rows that match the process. Expressions are checked when they are compiled (definition/load.ts).
 */
export function semanticProblems(def: ProcessDefinition): ProcsheetError[] {
  const out: ProcsheetError[] = [];
  const stepIds = def.steps.map((s) => s.id);
  for (const i of duplicates(stepIds))
    out.push(problem(`steps[${i}].id`, "definition.duplicateStep", { value: stepIds[i] ?? "" }));
  const fieldKeys = (def.fields ?? []).map((f) => f.key);
  for (const i of duplicates(fieldKeys))
    out.push(problem(`fields[${i}].key`, "definition.duplicateField", { value: fieldKeys[i] ?? "" }));
  const known = new Set(stepIds);

  // A register's header row and a rule's names find a column by its header (§2.2, §1.11): each header
  // names one column, and none is blank.
  const headerOwner = new Map<string, string>();
  for (const c of SYSTEM_COLUMNS) for (const h of textVariants(c.header)) headerOwner.set(matchKey(h), c.key);
  if (textVariants(def.name).every((n) => n.trim() === ""))
    out.push(problem("name", "definition.blankName", {}));
  def.steps.forEach((s, i) => {
    if (textVariants(s.name).every((n) => n.trim() === ""))
      out.push(problem(`steps[${i}].name`, "definition.blankName", {}));
  });
  (def.fields ?? []).forEach((f, i) => {
    const headers = textVariants(f.header).filter((h) => h.trim() !== "");
    if (headers.length === 0) out.push(problem(`fields[${i}].header`, "definition.blankName", {}));
    for (const h of headers) {
      const other = headerOwner.get(matchKey(h));
      if (other !== undefined && other !== f.key)
        out.push(problem(`fields[${i}].header`, "definition.headerTaken", { header: h, other }));
      else headerOwner.set(matchKey(h), f.key);
    }
  });

  (def.fields ?? []).forEach((f, i) => {
    if (f.type === "choice" && !f.choices)
      out.push(problem(`fields[${i}].choices`, "definition.choicesMissing", {}));
    if (f.type !== "choice" && f.choices)
      out.push(problem(`fields[${i}].choices`, "definition.choicesNotAllowed", { type: f.type }));
    if (f.format && f.type !== "number")
      out.push(problem(`fields[${i}].format`, "definition.formatNotAllowed", {}));
    for (const bound of ["min", "max"] as const)
      if (f[bound] !== undefined && f.type !== "number")
        out.push(problem(`fields[${i}].${bound}`, "definition.boundNotAllowed", { type: f.type }));
    if (f.min !== undefined && f.max !== undefined && f.min > f.max)
      out.push(problem(`fields[${i}].max`, "definition.maxBelowMin", { min: f.min, max: f.max }));
    if (f.choices) {
      const values = f.choices.map((c) => (typeof c === "string" ? c : c.value));
      for (const j of duplicates(values))
        out.push(
          problem(`fields[${i}].choices[${j}]`, "definition.duplicateChoice", { value: values[j] ?? "" }),
        );
    }
  });

  // An owner may name a role by its key or its name in either language (§1.6): two roles must not answer
  // to one name.
  const roleNames = new Map<string, string>();
  for (const role of Object.keys(def.roles ?? {})) roleNames.set(matchKey(role), role);
  for (const [role, r] of Object.entries(def.roles ?? {}))
    for (const name of textVariants(r.name)) {
      const other = roleNames.get(matchKey(name));
      if (other !== undefined && other !== role)
        out.push(problem(`roles.${role}.name`, "definition.roleNameTaken", { name, other }));
      else roleNames.set(matchKey(name), role);
    }
  def.steps.forEach((s, i) => {
    s.next?.forEach((c, j) => {
      if (c.goto !== END && !known.has(c.goto))
        out.push(problem(`steps[${i}].next[${j}].goto`, "definition.noSuchGoto", { value: c.goto }));
    });
  });

  reminderProblems(def.reminders, "reminders", out);
  def.steps.forEach((s, i) => reminderProblems(s.reminders, `steps[${i}].reminders`, out));

  (def.tests ?? []).forEach((t, i) => {
    if (!known.has(t.step)) out.push(problem(`tests[${i}].step`, "definition.noSuchStep", { value: t.step }));
    if (t.expect.next !== undefined && t.expect.next !== END && !known.has(t.expect.next))
      out.push(problem(`tests[${i}].expect.next`, "definition.noSuchStep", { value: t.expect.next }));
    rowProblems(def, t.row, `tests[${i}].row`, out);
  });
  const required = (def.fields ?? []).filter((f) => f.required).map((f) => f.key);
  (def.sample ?? []).forEach((row, i) => {
    rowProblems(def, row, `sample[${i}]`, out, true);
    for (const key of required)
      if (row[key] === undefined || row[key] === null || row[key] === "")
        out.push(problem(`sample[${i}].${key}`, "definition.required", {}));
  });
  return out;
}
