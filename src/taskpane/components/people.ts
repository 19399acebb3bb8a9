import type { ProcessDefinition } from "../../core/definition/types";

/** Every person the definition names (role members and literal owners), for pickers. */
export function peopleIn(def: ProcessDefinition): string[] {
  const people = new Set<string>();
  for (const role of Object.values(def.roles ?? {})) role.members.forEach((m) => people.add(m));
  const roles = new Set(Object.keys(def.roles ?? {}));
  for (const s of def.steps) {
    const literals =
      typeof s.owner === "string" ? [s.owner] : s.owner.flatMap((c) => ("assign" in c ? [c.assign] : []));
    for (const l of literals) if (l && !roles.has(l)) people.add(l);
  }
  return [...people];
}
