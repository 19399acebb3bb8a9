import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../../core/process";
import { listItems } from "../../workbook/register/list-items";

/** Excel refuses list sources longer than 255 characters, and a comma always separates items. */
const MAX_SOURCE = 255;

/**
 * List validations on the register's columns (ExcelApi 1.8,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation). Status and step
 * refuse other values; owner only suggests (a case may go to anyone). Returns notes for what was skipped.
 */
export function applyListValidations(
  context: Excel.RequestContext,
  process: CompiledProcess,
  table: Excel.Table,
  keys: readonly string[],
  lang: Lang,
  only?: ReadonlySet<string>,
): string[] {
  const notes: string[] = [];
  keys.forEach((key, i) => {
    if (only && !only.has(key)) return;
    const items = listItems(process, key, lang)?.filter((s) => s !== "" && !s.includes(","));
    if (!items || items.length === 0) return;
    const source = items.join(",");
    if (source.length > MAX_SOURCE) {
      notes.push(`listTooLong:${key}`);
      return;
    }
    const range = table.columns.getItemAt(i).getDataBodyRange();
    range.dataValidation.clear();
    range.dataValidation.rule = { list: { inCellDropDown: true, source } };
    if (key === "owner")
      range.dataValidation.errorAlert = { showAlert: false, message: "", style: "Information", title: "" };
  });
  void context;
  return notes;
}
