import { columnLetter } from "../core/register/columns";
import { headerFor, registerKeys } from "../core/register/columns";
import { AGE_BAR_COLOR } from "../core/register/status-style";
import type { ProcsheetError, Result } from "../core/result";
import { matchKey } from "../core/text";
import type { FormatReport } from "./api-types";
import { runExcel, type RunOptions } from "./excel-run";
import { queueListsSheet, writeLists } from "./formats-lists";
import {
  AGE_HEADERS,
  ageFormula,
  calendarLists,
  isOwnFormula,
  ruleSpecs,
  weekendMask,
  type RuleSpec,
} from "../core/register/format-rules";
import { columnMapOf } from "./register/load-register";
import type { ProcessBinding } from "../workbook/binding";
import { compiledBinding } from "../workbook/compiled-binding";

/**
 * Notes `applyStatusFormats` may return: stable keys, each with en and zh-CN text in
 * the catalogue (src/words/errors-workbook.ts), so the pane shows them in the person's language.
 */
export const FORMAT_NOTES = {
  noStatus: "formats.noStatus",
  noDue: "formats.noDue",
  noAge: "formats.noAge",
  ageColumnAdded: "formats.ageColumnAdded",
  listsSheetCreated: "formats.listsSheetCreated",
} as const;

/**
 * Status formats on a bound register (ExcelApi 1.6 conditional formats,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting):
 * - one colour per status on the Status cells (STATUS_STYLES), either language;
 * - overdue rows (bold) and rows due within two working days of the process calendar (italic);
 * - age in step as a data bar on a "Days in step" column.
 *
 * Re-running gives the same rules (docs/reliability.md W8): Procsheet's rules carry a marker in their formula
 * (formats-rules.ts) and are deleted and written again; rules the person made are never touched and are
 * counted in `rulesKept`. `rulesAdded` counts Procsheet's rules now on the register.
 *
 * Why a column for age: a data bar draws a cell's own number
 * (https://learn.microsoft.com/javascript/api/excel/excel.databarconditionalformat), and no register
 * cell holds the age. A bar on "Step started" would be longest for the newest case, and `barDirection`
 * only mirrors where the bar is drawn (LeftToRight/RightToLeft), not which value gets the long bar; with
 * Excel's automatic bounds (from min(0, lowest)) every date near 46,000 would fill the cell anyway. So
 * the register gets one formula column, added once, at its right edge; sync, undo and tracking leave
 * columns they do not know alone (docs/specification.md §2).
 */
export async function applyStatusFormats(
  binding: ProcessBinding,
  options: RunOptions = {},
): Promise<Result<FormatReport, ProcsheetError>> {
  const compiled = compiledBinding(binding);
  if (!compiled.ok) return { ok: false, error: compiled.error[0] as ProcsheetError };
  const process = compiled.value;

  return runExcel(async (context) => {
    const notes: string[] = [];
    const table = context.workbook.tables.getItem(binding.tableName);
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("rowIndex,columnIndex,rowCount,columnCount");
    // Range.conditionalFormats holds the formats that intersect the range
    // (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-conditionalformats-member).
    const existing = table.getRange().conditionalFormats.load("items/type");
    const lists = queueListsSheet(context, binding.lang);
    await context.sync();

    const headers = (header.values[0] ?? []).map((h) => String(h ?? ""));
    const map = columnMapOf(binding, process, headers);
    const letter = (key: string): string | undefined => {
      const c = map.byKey.get(key);
      return c ? columnLetter(body.columnIndex + c.index) : undefined;
    };
    const firstRow = body.rowIndex + 1;

    // The age column: found by its header in either language, never a column the process itself maps.
    const ageKeys = new Set(Object.values(AGE_HEADERS).map(matchKey));
    const ageTaken = registerKeys(process).some(
      (k) =>
        ageKeys.has(matchKey(headerFor(process, k, "en"))) ||
        ageKeys.has(matchKey(headerFor(process, k, "zh-CN"))),
    );
    const stepStarted = letter("stepStarted");
    const ageIndex = headers.findIndex((h, i) => ageKeys.has(matchKey(h)) && map.columns[i] === undefined);
    const wantAge = stepStarted !== undefined && !ageTaken;
    if (!wantAge) notes.push(FORMAT_NOTES.noAge);

    // Second read: the formulas of custom rules and the bar colour of data bars, to tell ours apart;
    // reading the sub-object of another type fails (ConditionalFormat.custom on a data bar), so per type.
    const custom = new Map<Excel.ConditionalFormat, Excel.ConditionalFormatRule>();
    const bars = new Map<Excel.ConditionalFormat, Excel.ConditionalDataBarPositiveFormat>();
    for (const cf of existing.items) {
      if (cf.type === Excel.ConditionalFormatType.custom) custom.set(cf, cf.custom.rule.load("formula"));
      else if (cf.type === Excel.ConditionalFormatType.dataBar)
        bars.set(cf, cf.dataBar.positiveFormat.load("fillColor"));
    }
    const cal = calendarLists(process.calendar);
    const needLists = cal.holidays.length > 0 || cal.extraWorkdays.length > 0;
    lists.readUsed();
    await context.sync();

    // Delete Procsheet's own rules of this process; everything else stays as the person left it.
    // A data bar counts as ours only while the age column exists and only in Procsheet's bar colour.
    let kept = 0;
    for (const cf of existing.items) {
      const rule = custom.get(cf);
      const bar = bars.get(cf);
      const ours =
        (rule !== undefined && isOwnFormula(rule.formula, binding.id)) ||
        (bar !== undefined && ageIndex >= 0 && sameColor(bar.fillColor, AGE_BAR_COLOR));
      if (ours) cf.delete();
      else kept += 1;
    }

    // Calendar lists for the due-soon formula, on the hidden lists sheet.
    const listRefs = needLists
      ? writeLists(context, lists.state(), [
          { header: `${binding.id} holidays`, days: cal.holidays },
          { header: `${binding.id} extra workdays`, days: cal.extraWorkdays },
        ])
      : { refs: [undefined, undefined], created: false };
    if (listRefs.created) notes.push(FORMAT_NOTES.listsSheetCreated);

    const mask = weekendMask(process.calendar.workdays) ?? "0000011";
    const specs = ruleSpecs({
      processId: binding.id,
      firstRow,
      ...optional("status", letter("status")),
      ...optional("due", letter("due")),
      ...optional("closed", letter("closed")),
      weekendMask: mask,
      ...optional("holidaysRef", listRefs.refs[0]),
      ...optional("extraWorkdaysRef", listRefs.refs[1]),
    });
    if (!letter("status")) notes.push(FORMAT_NOTES.noStatus);
    else if (!letter("due")) notes.push(FORMAT_NOTES.noDue);

    // The age column first, so the whole-row rules below already span it.
    let ageRange: Excel.Range | undefined;
    if (wantAge && stepStarted) {
      let ageColumn: Excel.TableColumn;
      if (ageIndex >= 0) ageColumn = table.columns.getItemAt(ageIndex);
      else {
        // Appended at the right edge; `index` omitted appends (ExcelApi 1.4,
        // https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection#excel-excel-tablecolumncollection-add-member(1)).
        ageColumn = table.columns.add(undefined, undefined, AGE_HEADERS[binding.lang]);
        notes.push(FORMAT_NOTES.ageColumnAdded);
      }
      ageRange = ageColumn.getDataBodyRange();
      await writeAgeFormulas(context, ageRange, body.rowCount, (i) => ageFormula(stepStarted, firstRow + i), {
        fresh: ageIndex < 0,
      });
    }

    // A new conditional format starts at the top of the priority list; each of ours is then moved to the
    // back (a priority beyond the bounds means the last place,
    // https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-priority-member),
    // in order, so the person's own rules keep precedence over Procsheet's where both set the same thing,
    // and ours keep their order among themselves: statuses, overdue, due soon, the age bar.
    let added = 0;
    for (const spec of specs) {
      addRule(spec, table, map.byKey.get("status")?.index);
      added += 1;
    }
    if (ageRange) {
      const bar = ageRange.conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
      bar.dataBar.positiveFormat.fillColor = AGE_BAR_COLOR;
      bar.priority = LAST;
      added += 1;
    }
    await context.sync();
    return { rulesAdded: added, rulesKept: kept, notes };
  }, options);
}

/** Rows per age-formula block: one read and at most one write per block keeps each request well under 5 MB. */
const AGE_BLOCK = 10_000;

/**
 * Writes the age formulas block by block, each only where it differs from what the cells hold, so a
 * re-apply writes nothing (no change events, nothing for co-authors to merge) and a big register never
 * meets the 5 MB request limit of Excel on the web
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 */
async function writeAgeFormulas(
  context: Excel.RequestContext,
  range: Excel.Range,
  rowCount: number,
  formulaFor: (row: number) => string,
  options: { readonly fresh: boolean },
): Promise<void> {
  for (let start = 0; start < rowCount; start += AGE_BLOCK) {
    const n = Math.min(AGE_BLOCK, rowCount - start);
    const block = range.getCell(start, 0).getResizedRange(n - 1, 0);
    const want = Array.from({ length: n }, (_v, i) => [formulaFor(start + i)]);
    if (!options.fresh) {
      block.load("formulas");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a block's formulas are read before it is rewritten, so unchanged blocks are left alone
      await context.sync();
      if (block.formulas.every((row, i) => row[0] === want[i]?.[0])) continue;
    }
    block.formulas = want;
    block.numberFormat = want.map(() => ["0"]);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one write per block of age formulas: each stays well under Excel on the web's 5 MB request limit
    await context.sync();
  }
}

function addRule(spec: RuleSpec, table: Excel.Table, statusIndex: number | undefined): void {
  // ruleSpecs only returns status rules when the Status column is there; anything else is a bug.
  if (spec.target === "status" && statusIndex === undefined) throw new Error("status rule without a column");
  const range =
    spec.target === "status" && statusIndex !== undefined
      ? table.columns.getItemAt(statusIndex).getDataBodyRange()
      : table.getDataBodyRange();
  const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
  cf.custom.rule.formula = spec.formula;
  cf.custom.format.fill.color = spec.style.fill;
  cf.custom.format.font.color = spec.style.font;
  if (spec.bold) cf.custom.format.font.bold = true;
  if (spec.italic) cf.custom.format.font.italic = true;
  // Last: after a priority change the docs say to re-fetch the object before changing it further.
  cf.priority = LAST;
}

/**
 * "Beyond the bounds", i.e. the last place. Not -1 (the docs' "from the back"): the simulation refuses
 * negative priorities, and any count of rules on a sheet stays far below this.
 */
const LAST = 1_000_000;

function sameColor(a: string | null | undefined, b: string): boolean {
  return typeof a === "string" && a.toUpperCase() === b.toUpperCase();
}

/** `{ [key]: value }` when value is defined, `{}` otherwise (exactOptionalPropertyTypes-friendly). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
