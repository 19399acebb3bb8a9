import type { AssignPolicy, ProcessDefinition, RoleDef } from "../../core/definition/types";

function withRoles(def: ProcessDefinition, roles: Record<string, RoleDef>): ProcessDefinition {
  if (Object.keys(roles).length > 0) return { ...def, roles };
  const { roles: _gone, ...rest } = def;
  return rest;
}

function mapRole(def: ProcessDefinition, name: string, update: (r: RoleDef) => RoleDef): ProcessDefinition {
  const role = def.roles?.[name];
  if (!role) return def;
  return withRoles(def, { ...def.roles, [name]: update(role) });
}

/** One member per line (commas and the Chinese enumeration comma also separate); blanks and repeats dropped. */
export function parseMembers(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,、，]/)
        .map((m) => m.trim())
        .filter((m) => m !== ""),
    ),
  ];
}

export function setMembers(
  def: ProcessDefinition,
  name: string,
  members: readonly string[],
): ProcessDefinition {
  return mapRole(def, name, (r) => ({ ...r, members }));
}

/** `least-busy` is the default, so it is written only when chosen over `first`. */
export function setPolicy(def: ProcessDefinition, name: string, policy: AssignPolicy): ProcessDefinition {
  return mapRole(def, name, (r) => {
    const { assign: _old, ...rest } = r;
    return policy === "first" ? { ...rest, assign: "first" } : rest;
  });
}

export function addRole(def: ProcessDefinition, name: string, members: readonly string[]): ProcessDefinition {
  if (def.roles?.[name]) return def;
  return withRoles(def, { ...def.roles, [name]: { members } });
}

export function removeRole(def: ProcessDefinition, name: string): ProcessDefinition {
  const { [name]: _gone, ...rest } = def.roles ?? {};
  return withRoles(def, rest);
}
