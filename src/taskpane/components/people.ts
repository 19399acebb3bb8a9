import type { ProcessDefinition } from "../../core/definition/types";
import { roleIndex, roleNamed } from "../../core/process";

/** Every person the definition names (role members and literal owners), for pickers. */
export function peopleIn(def: ProcessDefinition): string[] {
  const people = new Set<string>();
  for (const role of Object.values(def.roles ?? {})) role.members.forEach((m) => people.add(m));
  const roles = roleIndex(def);
  for (const s of def.steps) {
    const literals =
      typeof s.owner === "string" ? [s.owner] : s.owner.flatMap((c) => ("assign" in c ? [c.assign] : []));
    // A role named in either language is a role, not a person (docs/specification.md §1.6).
    for (const l of literals) if (l && roleNamed(roles, l) === undefined) people.add(l);
  }
  return [...people];
}
