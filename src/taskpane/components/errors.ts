import { describeError, ERROR_MESSAGES } from "../../core/i18n/error-messages";
import type { Lang } from "../../core/i18n/lang";
import type { ProcsheetError } from "../../core/result";
import type { StringKey } from "../i18n/strings";
import { fill, stringsFor } from "../i18n/use-strings";

/** Errors only the pane raises (core's ERROR_MESSAGES words every other key). */
const PANE_ERROR_KEYS: Readonly<Record<string, StringKey>> = {
  "pane.unexpected": "errUnexpected",
};

/** Any ProcsheetError in the person's language, saying what to do next. */
export function describe(error: ProcsheetError, lang: Lang): string {
  const paneKey = error.key && !(error.key in ERROR_MESSAGES) ? PANE_ERROR_KEYS[error.key] : undefined;
  if (!paneKey) return describeError(error, lang);
  const where = error.rowId ? `${error.rowId}${lang === "zh-CN" ? "：" : ": "}` : "";
  return where + fill(stringsFor(lang).t[paneKey], { detail: error.message, ...(error.params ?? {}) });
}

/** A thrown exception (a bug, or a rejected promise) as an error the pane can show. */
export function unexpectedError(e: unknown): ProcsheetError {
  const detail = e instanceof Error ? e.message : String(e);
  return { code: "EXCEL_API", message: detail, key: "pane.unexpected", params: { detail } };
}

/** A definition problem as `path: message`, the message in the person's language. */
export function problemLine(error: ProcsheetError, lang: Lang): string {
  const text = describe(error, lang);
  return error.path && !text.startsWith(error.path) ? `${error.path}: ${text}` : text;
}
