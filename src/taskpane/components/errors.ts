import { describeError, procsheetError } from "../../core/error";
import { placeOf } from "../../core/definition/place";
import type { ProcessDefinition } from "../../core/definition/types";
import type { ProcsheetError } from "../../core/result";
import type { Lang } from "../../words/lang";

/** Any ProcsheetError in the person's language, saying what to do next. */
export function describe(error: ProcsheetError, lang: Lang): string {
  return describeError(error, lang);
}

/** A thrown exception (a bug, or a rejected promise) as an error the pane can show. */
export function unexpectedError(e: unknown): ProcsheetError {
  const detail = e instanceof Error ? e.message : String(e);
  return procsheetError("EXCEL_API", "app.unexpected", { detail });
}

/**
 * A definition problem with where it is: in words (the step's name, the rule's number) when the process
 * is at hand, as the JSON path when the person is looking at a file.
 */
export function problemLine(error: ProcsheetError, lang: Lang, definition?: ProcessDefinition): string {
  const { rowId, ...rest } = error;
  const text = describe(rest, lang);
  const colon = lang === "zh-CN" ? "：" : ": ";
  const place = error.path && definition ? placeOf(error.path, definition, lang) : undefined;
  const where = place ?? (error.path && !text.startsWith(error.path) ? error.path : undefined);
  return `${rowId ? `${rowId}${colon}` : ""}${where ? `${where}${colon}` : ""}${text}`;
}
