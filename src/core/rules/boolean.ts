/**
 * JSONata's effective boolean value (`$boolean`), which decides whether a `when` clause matches.
 * Undefined (a missing field) is false here: the clause does not match.
 * @example toBoolean([0, "x"]) === true; toBoolean({}) === false
 */
export function toBoolean(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return value.length > 0;
  if (typeof value === "number") return value !== 0 && !Number.isNaN(value);
  if (Array.isArray(value)) {
    if (value.length === 1) return toBoolean(value[0]);
    return value.some((v) => toBoolean(v));
  }
  if (typeof value === "function") return false;
  if (typeof value === "object") {
    // jsonata functions are objects tagged `_jsonata_function` or `_jsonata_lambda`; they are false.
    const o = value as Record<string, unknown>;
    if (o._jsonata_function === true || o._jsonata_lambda === true) return false;
    return Object.keys(o).length > 0;
  }
  return false;
}
