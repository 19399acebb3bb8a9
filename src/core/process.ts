import { compileCalendar, type Calendar } from "./calendar";
import type { FieldDef, ProcessDefinition, RoleDef, StepDef } from "./definition/types";
import type { CompiledExpression } from "./rules/expression";
import { matchKey, textVariants } from "./text";

export interface CompiledOwnerClause {
  readonly path: string;
  readonly when?: CompiledExpression;
  readonly assign?: string;
  readonly assignExpr?: CompiledExpression;
}

export interface CompiledNextClause {
  readonly path: string;
  readonly when?: CompiledExpression;
  readonly goto: string;
}

export interface CompiledStep {
  readonly def: StepDef;
  readonly index: number;
  readonly owner: readonly CompiledOwnerClause[];
  /** Absent: the following step, or `end` after the last (docs/specification.md §1.7 NextRule). */
  readonly next?: readonly CompiledNextClause[];
}

/** A definition that passed the schema and semantic checks, with its rules compiled once. */
export interface CompiledProcess {
  readonly definition: ProcessDefinition;
  readonly calendar: Calendar;
  readonly idPrefix: string;
  readonly steps: readonly CompiledStep[];
  readonly stepById: ReadonlyMap<string, CompiledStep>;
  readonly fieldByKey: ReadonlyMap<string, FieldDef>;
  readonly roles: ReadonlyMap<string, RoleDef>;
  /** A role's key or name in either language, any letter case (matchKey-normalised) → the role's key. */
  readonly roleByName: ReadonlyMap<string, string>;
  /** Step name in any language, or id, → step id (matchKey-normalised). */
  readonly stepIdByName: ReadonlyMap<string, string>;
}

/**
 * Default case-ID prefix: the id's letters, upper-cased, up to four (docs/specification.md §1).
 * @example defaultIdPrefix("client-onboarding") === "CLIE"
 */
export function defaultIdPrefix(id: string): string {
  const letters = id
    .replace(/[^a-z]/gi, "")
    .slice(0, 4)
    .toUpperCase();
  return letters.length > 0 ? letters : "CASE";
}

/** The prefix of a definition's case IDs: its own, or the default. */
export function idPrefixOf(definition: ProcessDefinition): string {
  return definition.idPrefix ?? defaultIdPrefix(definition.id);
}

export function assembleProcess(
  definition: ProcessDefinition,
  steps: readonly CompiledStep[],
): CompiledProcess {
  const stepIdByName = new Map<string, string>();
  // Ids first, so a step named like another step's id cannot shadow it.
  for (const s of definition.steps) stepIdByName.set(matchKey(s.id), s.id);
  for (const s of definition.steps)
    for (const name of textVariants(s.name))
      if (!stepIdByName.has(matchKey(name))) stepIdByName.set(matchKey(name), s.id);
  const { roles, roleByName } = roleIndex(definition);
  return {
    definition,
    calendar: compileCalendar(definition.calendar),
    idPrefix: idPrefixOf(definition),
    steps,
    stepById: new Map(steps.map((s) => [s.def.id, s])),
    fieldByKey: new Map((definition.fields ?? []).map((f) => [f.key, f])),
    roles,
    roleByName,
    stepIdByName,
  };
}

/** The roles of a definition by key, and by every name they answer to (see roleNamed). */
export function roleIndex(
  definition: Pick<ProcessDefinition, "roles">,
): Pick<CompiledProcess, "roles" | "roleByName"> {
  const roleByName = new Map<string, string>();
  const roleEntries = Object.entries(definition.roles ?? {});
  // Keys first, so a role named like another role's key cannot shadow it (as step names, §2.3).
  for (const [key] of roleEntries) if (!roleByName.has(matchKey(key))) roleByName.set(matchKey(key), key);
  for (const [key, role] of roleEntries)
    for (const name of textVariants(role.name))
      if (!roleByName.has(matchKey(name))) roleByName.set(matchKey(name), key);
  return { roles: new Map(roleEntries), roleByName };
}

/**
 * The role an owner names: its key as written, else its key or its name in either language in any letter
 * case (`首席财务官`, `cfo`, `CFO`); undefined for a person (docs/specification.md §1.6).
 * @example roleNamed(procurement, "首席财务官") === "cfo"
 */
export function roleNamed(
  process: Pick<CompiledProcess, "roles" | "roleByName">,
  name: string,
): string | undefined {
  if (process.roles.has(name)) return name;
  return process.roleByName.get(matchKey(name));
}
