import type { Lang } from "../../words/lang";
import { roleNamed, type CompiledProcess } from "../../core/process";
import { STATUSES, statusLabel } from "../../core/register/status";
import { resolveText } from "../../core/text";

/** People a case can be routed to: role members, then people named directly in owner rules. */
export function knownPeople(process: CompiledProcess): string[] {
  const out = new Set<string>();
  for (const role of process.roles.values()) for (const m of role.members) out.add(m);
  for (const step of process.steps)
    for (const clause of step.owner)
      if (clause.assign !== undefined && roleNamed(process, clause.assign) === undefined)
        out.add(clause.assign);
  return [...out].filter((p) => p.trim() !== "");
}

/**
 * The drop-down items of a register column, in the register's language, or undefined where the column
 * has no fixed list. Status and step lists refuse other values; the owner list only suggests names (a
 * rule may assign a requester or a manager), choices warn.
 */
export function listItems(process: CompiledProcess, key: string, lang: Lang): string[] | undefined {
  if (key === "status") return STATUSES.map((s) => statusLabel(s, lang));
  if (key === "step") return process.steps.map((s) => resolveText(s.def.name, lang) || s.def.id);
  if (key === "owner") {
    const people = knownPeople(process);
    return people.length > 0 ? people : undefined;
  }
  const field = process.fieldByKey.get(key);
  if (field?.type === "choice" && field.choices)
    return field.choices.map((c) => (typeof c === "string" ? c : resolveText(c.label, lang) || c.value));
  return undefined;
}
