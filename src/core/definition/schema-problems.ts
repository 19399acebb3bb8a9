import Ajv, { type ErrorObject } from "ajv";
import schema from "../../../templates/process.schema.json";
import type { ProcsheetError } from "../result";

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

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

function describe(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "additionalProperties":
      return `unknown key "${String(p.additionalProperty)}"`;
    case "required":
      return `missing "${String(p.missingProperty)}"`;
    case "type":
      return `must be ${p.type === "object" ? "an object" : p.type === "array" ? "a list" : `a ${String(p.type)}`}`;
    case "enum":
      return `must be one of: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case "not":
      return "is a reserved name";
    case "pattern":
      return `does not have the allowed form (${String(p.pattern)})`;
    default:
      return e.message ?? e.keyword;
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
    const path = toDefinitionPath(e.instancePath);
    const message = describe(e);
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      code: "DEFINITION",
      path,
      message,
      key: "definition.schema",
      params: { path, detail: message },
    });
  }
  return out;
}
