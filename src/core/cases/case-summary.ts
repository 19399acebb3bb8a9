import type { ProcessDefinition, RuleRow } from "../definition/types";

/**
 * What people call a case besides its ID: the first text field that has a value ("Label printer",
 * a client's name, a ticket's subject).
 * @example caseTitle(procurement, { id: "PR-0034", item: "Label printer" }) === "Label printer"
 */
export function caseTitle(definition: ProcessDefinition, row: RuleRow): string | undefined {
  for (const f of definition.fields ?? []) {
    const v = row[f.key];
    if (f.type === "text" && typeof v === "string" && v.trim() !== "") return v.trim();
  }
  return undefined;
}

/** A case's amount: its first money field with a value, else its first number field with one. */
export function caseAmount(definition: ProcessDefinition, row: RuleRow): number | undefined {
  const numbers = (definition.fields ?? []).filter((f) => f.type === "number");
  for (const f of [...numbers.filter((f) => f.format === "money"), ...numbers]) {
    const v = row[f.key];
    if (typeof v === "number") return v;
  }
  return undefined;
}
