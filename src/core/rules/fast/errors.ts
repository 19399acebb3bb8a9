/**
 * Errors the fast path throws: plain objects with the fields jsonata 2.2.2 puts on its own
 * (`code`, `value`, `position`, `token`, plus `value2` / `index` / `type` where its message needs them),
 * so `rule-error.ts` and the rule editor cannot tell which evaluator failed. jsonata also adds a
 * `stack` string; nothing in Procsheet reads it, and building one per failure would cost more than the row.
 */
export interface FastFailure {
  code: string;
  value?: unknown;
  value2?: unknown;
  index?: number;
  type?: string;
  position?: number | undefined;
  token?: string | undefined;
  message?: string;
}

/** jsonata's message templates (jsonata.js `errorCodes`), for the codes the fast path can raise. */
const TEMPLATES: Readonly<Record<string, string>> = {
  T0410: "Argument {{index}} of function {{token}} does not match function signature",
  T0411: "Context value is not a compatible type with argument {{index}} of function {{token}}",
  T0412: "Argument {{index}} of function {{token}} must be an array of {{type}}",
  D1001: "Number out of range: {{value}}",
  D1002: "Cannot negate a non-numeric value: {{value}}",
  T2001: "The left side of the {{token}} operator must evaluate to a number",
  T2002: "The right side of the {{token}} operator must evaluate to a number",
  T2003: "The left side of the range operator (..) must evaluate to an integer",
  T2004: "The right side of the range operator (..) must evaluate to an integer",
  T2009:
    "The values {{value}} and {{value2}} either side of operator {{token}} must be of the same data type",
  T2010: "The expressions either side of operator {{token}} must evaluate to numeric or string values",
  D2014:
    "The size of the sequence allocated by the range operator (..) must not exceed 1e7.  Attempted to allocate {{value}}.",
  D2015: "The maximum sequence length of {{value}} was exceeded.",
  D3001: "Attempting to invoke string function on Infinity or NaN",
  D3030: "Unable to cast value to a number: {{value}}",
  D3110: "The argument of the toMillis function must be an ISO 8601 formatted timestamp. Given {{value}}",
};

export function failure(code: string, fields: Omit<FastFailure, "code"> = {}): FastFailure {
  return { code, ...fields };
}

function field(err: object, name: string): unknown {
  return (err as Record<string, unknown>)[name];
}

/** jsonata's `populateMessage`, run once on the error that leaves the expression (as jsonata does). */
export function populateMessage(err: unknown): void {
  if (typeof err !== "object" || err === null) return;
  const code = field(err, "code");
  const template = typeof code === "string" ? TEMPLATES[code] : undefined;
  if (template === undefined) return;
  (err as { message?: string }).message = renderJsonataTemplate(template, err);
}

/**
 * What jsonata's evaluateBinary does to any error raised while applying an operator (and, for
 * `and`/`or`, while evaluating the right-hand side): it overwrites position and token with its own.
 */
export function stampOperator(err: unknown, position: number | undefined, token: string): void {
  if (typeof err !== "object" || err === null) return;
  const e = err as { position?: unknown; token?: unknown };
  e.position = position;
  e.token = token;
}

/**
 * What jsonata's applyInner and evaluateFunction together do to an error raised while applying a
 * built-in: keep a token the error already has, else name the function; prefer the call's position.
 */
export function stampFunction(err: unknown, position: number | undefined, name: string): void {
  if (typeof err !== "object" || err === null) return;
  const e = err as { position?: unknown; token?: unknown };
  if (typeof e.token === "undefined") e.token = name;
  e.position = position || e.position;
  if (!e.position) e.position = position;
  if (!e.token) e.token = name;
}

export function isFastFailure(e: unknown): e is FastFailure {
  return typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string";
}

/**
 * jsonata's `populateMessage` rendering: `{{{x}}}` inserts the raw field, `{{x}}` its JSON text
 * (`undefined` becomes the word "undefined", exactly as String.prototype.replace renders it).
 */
export function renderJsonataTemplate(template: string, err: object): string {
  const raw = template.replace(/\{\{\{([^}]+)}}}/g, (_m, name: string) => String(field(err, name)));
  return raw.replace(/\{\{([^}]+)}}/g, (_m, name: string) => String(JSON.stringify(field(err, name))));
}
