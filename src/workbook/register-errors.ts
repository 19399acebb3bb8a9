import { procsheetError } from "../core/error";
import type { ProcsheetError } from "../core/result";
import { resolveText } from "../core/text";
import type { ProcessBinding } from "./binding";

/**
 * The register lacks columns Procsheet needs: said with the process's name in the reader's language,
 * never the table's internal name (PS_…).
 */
export function missingColumnsError(binding: ProcessBinding, columns: readonly string[]): ProcsheetError {
  const name = (lang: "en" | "zh-CN"): string => resolveText(binding.definition.name, lang) || binding.id;
  return procsheetError(
    "SHEET_SHAPE",
    "sheet.missingColumns",
    { process: name("en"), columns: columns.join(", ") },
    {},
    { process: name("zh-CN") },
  );
}
