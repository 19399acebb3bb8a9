import type { ErrorObject } from "ajv";
import type { ProcsheetError } from "../result";
import { definitionProblem } from "./problem";
import { validate } from "./schema-validator";

/** The definition problems said without parameters (a JSON type the schema wants). */
type NoParamKey =
  | "definition.mustBeObject"
  | "definition.mustBeList"
  | "definition.mustBeText"
  | "definition.mustBeNumber"
  | "definition.mustBeInteger"
  | "definition.mustBeBoolean";

/** `/steps/2/owner/0/when` → `steps[2].owner[0].when` */
export function toDefinitionPath(pointer: string): string {
  const parts = pointer
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  let out = "";
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out === "" ? p : `.${p}`;
  return out === "" ? "(root)" : out;
}

const TYPE_KEYS: Readonly<Record<string, NoParamKey>> = {
  object: "definition.mustBeObject",
  array: "definition.mustBeList",
  string: "definition.mustBeText",
  number: "definition.mustBeNumber",
  integer: "definition.mustBeInteger",
  boolean: "definition.mustBeBoolean",
};

/** What an ajv error means, as a catalogue key: every keyword the schema uses has its own words. */
function describe(e: ErrorObject, path: string): ProcsheetError {
  const p = e.params as Record<string, unknown>;
  const limit = Number(p.limit);
  switch (e.keyword) {
    case "additionalProperties":
      return definitionProblem(path, "definition.unknownKey", { name: String(p.additionalProperty) });
    case "required":
      return definitionProblem(path, "definition.missingKey", { name: String(p.missingProperty) });
    case "type": {
      const key = TYPE_KEYS[String(p.type)];
      return key
        ? definitionProblem(path, key, {})
        : definitionProblem(path, "definition.schema", { detail: e.message ?? "wrong type" });
    }
    case "enum":
      return definitionProblem(path, "definition.oneOf", {
        values: (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", "),
      });
    case "const":
      return definitionProblem(path, "definition.mustEqual", { value: JSON.stringify(p.allowedValue) });
    case "not":
      return definitionProblem(path, "definition.reservedName", {});
    case "pattern":
      return definitionProblem(path, "definition.pattern", { pattern: String(p.pattern) });
    case "minItems":
      return limit === 1
        ? definitionProblem(path, "definition.empty", {})
        : definitionProblem(path, "definition.minItems", { limit });
    case "maxItems":
      return definitionProblem(path, "definition.maxItems", { limit });
    case "minLength":
      return limit === 1
        ? definitionProblem(path, "definition.empty", {})
        : definitionProblem(path, "definition.minLength", { limit });
    case "maxLength":
      return definitionProblem(path, "definition.maxLength", { limit });
    case "minimum":
      return definitionProblem(path, "definition.minimum", { limit });
    case "maximum":
      return definitionProblem(path, "definition.maximum", { limit });
    case "exclusiveMinimum":
      return definitionProblem(path, "definition.exclusiveMinimum", { limit });
    case "minProperties":
      return limit === 1
        ? definitionProblem(path, "definition.empty", {})
        : definitionProblem(path, "definition.minProperties", { limit });
    case "maxProperties":
      return definitionProblem(path, "definition.maxProperties", { limit });
    case "uniqueItems":
      // ajv counts from 0; people count from 1.
      return definitionProblem(path, "definition.uniqueItems", {
        first: Number(p.j) + 1,
        second: Number(p.i) + 1,
      });
    case "propertyNames":
      return definitionProblem(path, "definition.propertyName", { name: String(p.propertyName) });
    default:
      // Not a keyword the schema uses today: ajv's own (English) words.
      return definitionProblem(path, "definition.schema", { detail: e.message ?? e.keyword });
  }
}

function depth(path: string): number {
  return path.split("/").length;
}

/**
 * Every schema violation as `path: message`. Alternatives (`anyOf`) make ajv report each branch's
 * complaint; we keep the ones from the branch that got furthest, which is what the author meant.
 */
export function schemaProblems(input: unknown): ProcsheetError[] {
  if (validate(input)) return [];
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== "anyOf");
  const deepest = new Map<string, number>();
  for (const e of errors) {
    // For each failing anyOf site, how deep did any branch get below it?
    for (const other of errors)
      if (other.instancePath.startsWith(e.instancePath))
        deepest.set(e.instancePath, Math.max(deepest.get(e.instancePath) ?? 0, depth(other.instancePath)));
  }
  const seen = new Set<string>();
  const out: ProcsheetError[] = [];
  for (const e of errors) {
    // A "must be a string" at a place where another branch matched the shape deeper is noise.
    if (e.keyword === "type" && (deepest.get(e.instancePath) ?? 0) > depth(e.instancePath)) continue;
    if (
      e.keyword === "type" &&
      errors.some((o) => o !== e && o.instancePath === e.instancePath && o.keyword !== "type")
    )
      continue;
    const problem = describe(e, toDefinitionPath(e.instancePath));
    const seenKey = `${problem.path ?? ""}\u0000${problem.message}`;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    out.push(problem);
  }
  return out;
}
