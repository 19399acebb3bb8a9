/**
 * One error scheme for the whole product (docs/architecture.md §3): expected failures are values, only bugs throw.
 * `code` is stable and language-neutral; front ends render `code` + `params` in the user's language.
 */
export type ErrorCode =
  | "DEFINITION"
  | "RULE_SYNTAX"
  | "RULE_EVAL"
  | "RULE_NO_MATCH"
  | "RULE_RESULT"
  | "RULE_LIMIT"
  | "DATA"
  | "DUPLICATE_ID"
  | "SHEET_SHAPE"
  | "EXCEL_API"
  | "FILE"
  | "LEASE";

export interface ProcsheetError {
  readonly code: ErrorCode;
  /** English text, complete on its own (for logs, the CLI and tests). */
  readonly message: string;
  /** Where in the definition, e.g. `steps[2].owner[0].when`. */
  readonly path?: string;
  /** Character offset into a JSONata expression (JSONata's own position). */
  readonly position?: number;
  /** The case ID of the row concerned, where there is one. */
  readonly rowId?: string;
  /** The column concerned (register header or key). */
  readonly column?: string;
  /** Message key and parameters, so the pane can say the same thing in zh-CN. */
  readonly key?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Result<T, E = ProcsheetError> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
