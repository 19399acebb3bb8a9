import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../../core/process";
import { STATUSES, statusLabel } from "../../core/register/status";
import { resolveText } from "../../core/text";
import { supports } from "../requirements";

/** Excel refuses list sources longer than 255 characters, and a comma always separates items. */
const MAX_SOURCE = 255;

/** The drop-down items for a register column, or undefined where the column has no fixed list. */
export function listItems(process: CompiledProcess, key: string, lang: Lang): string[] | undefined {
  if (key === "status") return STATUSES.map((s) => statusLabel(s, lang));
  if (key === "step") return process.steps.map((s) => resolveText(s.def.name, lang));
  if (key === "owner") {
    const people = new Set<string>();
    for (const role of process.roles.values()) for (const m of role.members) people.add(m);
    return people.size > 0 ? [...people] : undefined;
  }
  const field = process.fieldByKey.get(key);
  if (field?.type === "choice" && field.choices)
    return field.choices.map((c) =>
      typeof c === "string" ? c : c.label ? resolveText(c.label, lang) : c.value,
    );
  return undefined;
}

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
  if (!supports("listValidation")) return ["listValidation"];
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
