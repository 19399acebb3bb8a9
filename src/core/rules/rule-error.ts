import type { ProcsheetError } from "../result";
import { jsonataMessageZh } from "./jsonata-messages";
import { LIMIT_CODES } from "./limits";

/** The shape jsonata throws (jsonata.d.ts `JsonataError`, plus `value`). */
export interface JsonataFailure {
  readonly code?: string;
  readonly position?: number;
  readonly token?: string;
  readonly message?: string;
}

export function isJsonataFailure(e: unknown): e is JsonataFailure {
  return (
    typeof e === "object" && e !== null && "code" in e && typeof (e as { code: unknown }).code === "string"
  );
}

/**
 * A syntax error as a definition problem: `steps[2].owner[0].when: JSONata syntax error at 14: Expected ")"`.
 */
export function syntaxError(path: string, e: unknown): ProcsheetError {
  const f: JsonataFailure = isJsonataFailure(e) ? e : { message: String(e) };
  const at = typeof f.position === "number" ? ` at ${f.position}` : "";
  const detail = f.message ?? "invalid expression";
  return {
    code: "RULE_SYNTAX",
    path,
    message: `JSONata syntax error${at}: ${detail}`,
    ...(typeof f.position === "number" ? { position: f.position } : {}),
    key: "rule.syntax",
    params: {
      position: f.position ?? 0,
      detail,
      detailZh: jsonataMessageZh(f) ?? detail,
      jsonataCode: f.code ?? "",
    },
  };
}

/** An evaluation failure for one row; bound violations get their own code so the pane can say "too slow". */
export function evaluationError(path: string, e: unknown, rowId: string | undefined): ProcsheetError {
  if (!isJsonataFailure(e)) {
    // Not from jsonata: a bug in our own code; keep it visible instead of swallowing it.
    if (e instanceof Error) throw e;
    return { code: "RULE_EVAL", path, message: String(e), ...(rowId ? { rowId } : {}) };
  }
  const code = e.code ?? "";
  const at = typeof e.position === "number" ? ` at ${e.position}` : "";
  const detail = e.message ?? code;
  return {
    code: LIMIT_CODES.has(code) ? "RULE_LIMIT" : "RULE_EVAL",
    path,
    message: `${code}${at}: ${detail}`,
    ...(typeof e.position === "number" ? { position: e.position } : {}),
    ...(rowId ? { rowId } : {}),
    key: LIMIT_CODES.has(code) ? "rule.limit" : "rule.eval",
    params: { jsonataCode: code, position: e.position ?? 0, detail, detailZh: jsonataMessageZh(e) ?? detail },
  };
}
