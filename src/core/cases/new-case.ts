import type { FieldDef, RuleRow, RuleValue } from "../definition/types";
import type { CompiledProcess } from "../process";
import type { NumberSeparators } from "../register/number-text";
import { readCell } from "../register/row-codec";

/** What a person entered in one field of the New case form: text as typed, or a yes/no box. */
export type FieldEntry = string | boolean;

/** Why one entry cannot go into the register, said beside its field (words: src/words/pane-new-case.ts). */
export type EntryProblem =
  | { readonly kind: "required" }
  | { readonly kind: "number"; readonly text: string }
  | { readonly kind: "belowMin"; readonly min: number }
  | { readonly kind: "aboveMax"; readonly max: number }
  | { readonly kind: "date"; readonly text: string }
  | { readonly kind: "choice"; readonly text: string };

export interface NewCaseCheck {
  /** The case in the rules' view: what is written, through the register's codec. */
  readonly row: RuleRow;
  /** Field key → what is wrong; empty when the case can be added. */
  readonly problems: Readonly<Record<string, EntryProblem>>;
}

function isChoice(field: FieldDef, value: RuleValue): boolean {
  return (field.choices ?? []).some((c) => (typeof c === "string" ? c : c.value) === value);
}

function checkOne(
  process: CompiledProcess,
  field: FieldDef,
  entry: FieldEntry | undefined,
  numbers: NumberSeparators | undefined,
): { value?: RuleValue } | { problem: EntryProblem } {
  if (field.type === "boolean") return typeof entry === "boolean" ? { value: entry } : {};
  const text = typeof entry === "string" ? entry.trim() : "";
  if (text === "") return field.required ? { problem: { kind: "required" } } : {};
  const value = readCell(process, field.key, text, { numbers });
  switch (field.type) {
    case "number":
      if (typeof value !== "number") return { problem: { kind: "number", text } };
      if (field.min !== undefined && value < field.min)
        return { problem: { kind: "belowMin", min: field.min } };
      if (field.max !== undefined && value > field.max)
        return { problem: { kind: "aboveMax", max: field.max } };
      return { value };
    case "date":
    case "datetime":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value)
        ? { value }
        : { problem: { kind: "date", text } };
    case "choice":
      // The register keeps a value outside the list (pasted); the form, where a person picks, does not.
      return value !== undefined && isChoice(field, value)
        ? { value }
        : { problem: { kind: "choice", text } };
    default:
      return value === undefined ? {} : { value };
  }
}

/**
 * Checks every field of the New case form before anything is written: required fields, numbers and their
 * bounds, dates, choices from the list. Values are read as the register reads cells (src/core/register/
 * row-codec.ts), so what the form accepts is what a sync reads back.
 * @example checkNewCase(procurement, { item: "Label printer", amount: "680" }).problems // {}
 */
export function checkNewCase(
  process: CompiledProcess,
  entries: Readonly<Record<string, FieldEntry | undefined>>,
  /** How the person writes numbers (their locale's separators): "68,000" is then not ambiguous. */
  numbers?: NumberSeparators,
): NewCaseCheck {
  const row: Record<string, RuleValue> = {};
  const problems: Record<string, EntryProblem> = {};
  for (const field of process.definition.fields ?? []) {
    const r = checkOne(process, field, entries[field.key], numbers);
    if ("problem" in r) problems[field.key] = r.problem;
    else if (r.value !== undefined) row[field.key] = r.value;
  }
  return { row, problems };
}

/** The form's starting entries: each field's default, as text the form shows. */
export function defaultEntries(process: CompiledProcess): Record<string, FieldEntry> {
  const out: Record<string, FieldEntry> = {};
  for (const f of process.definition.fields ?? []) {
    if (f.default === undefined) continue;
    out[f.key] = f.type === "boolean" ? f.default === true : String(f.default);
  }
  return out;
}
