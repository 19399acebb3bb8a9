import { procsheetError } from "../core/error";
import type { CompiledProcess } from "../core/process";
import { headerFor } from "../core/register/columns";
import { parseStatus, STATUS_LABELS } from "../core/register/status";
import type { ProcsheetError, Result } from "../core/result";
import { matchKey, resolveText } from "../core/text";
import { parseLocal, toExcelSerial } from "../core/time/local-time";
import type { Lang } from "../words/lang";
import type { ViewKind } from "./api-types";
import { ExpectedFailure, runExcel, type RunOptions } from "./excel-run";
import { columnMapOf } from "./register/load-register";
import type { ProcessBinding } from "../workbook/binding";
import { compiledBinding } from "../workbook/compiled-binding";

/**
 * Views are table column filters (Excel.Filter, ExcelApi 1.2,
 * https://learn.microsoft.com/javascript/api/excel/excel.filter): they hide rows and change no cell, so
 * every person keeps the same data and a view is undone with "all" or Excel's own Clear filter.
 * A view replaces whatever filter the table had (`Table.clearFilters`, ExcelApi 1.2,
 * https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-clearfilters-member(1)).
 *
 * Open means what the engine counts as open (docs/semantics.md, least-busy): a status that is not done
 * or cancelled, and Closed empty. A row without a status has no case state yet (it gets To do at the next
 * sync) and is not shown by open, mine or overdue.
 */

/** One column's filter, as the Excel.Filter methods take it. */
export type ColumnFilter =
  | { readonly key: string; readonly kind: "values"; readonly values: readonly string[] }
  | {
      readonly key: string;
      readonly kind: "custom";
      readonly criterion1: string;
      readonly criterion2?: string;
      readonly operator?: "And" | "Or";
    };

/** The displayed texts of the columns a view filters on, body rows only. */
export type ColumnTexts = Readonly<Partial<Record<"status" | "owner" | "step", readonly string[]>>>;

/** The register columns a view needs to read before it can filter. */
export function columnsToRead(view: ViewKind): ("status" | "owner" | "step")[] {
  switch (view.kind) {
    case "all":
      return [];
    case "open":
    case "overdue":
      return ["status"];
    case "mine":
      return ["status", "owner"];
    case "owner":
      return ["owner"];
    case "step":
      return ["step"];
  }
}

function distinct(texts: readonly string[] | undefined): string[] {
  return [...new Set(texts ?? [])];
}

/**
 * The status texts present in the column that read as open (either language, any spelling parseStatus
 * knows, and unknown words: a typo is still a case someone must look at). Values filters match the
 * displayed text, case-insensitively, so the texts are taken as they are shown. When none is present,
 * the open labels themselves: the filter then shows nothing, which is the truth.
 */
export function openStatusTexts(texts: readonly string[] | undefined, lang: Lang): string[] {
  const open = distinct(texts).filter((t) => {
    if (t.trim() === "") return false;
    const s = parseStatus(t);
    return s !== "done" && s !== "cancelled";
  });
  if (open.length > 0) return open;
  return (["todo", "doing", "waiting", "blocked"] as const).map((s) => STATUS_LABELS[s][lang]);
}

function matching(texts: readonly string[] | undefined, wanted: string): string[] {
  const hits = distinct(texts).filter((t) => t.trim() !== "" && matchKey(t) === matchKey(wanted));
  return hits.length > 0 ? hits : [wanted];
}

/**
 * The filters a view applies, column by column, from the texts the columns show.
 * `has` says which optional columns the register has (Closed may be missing on an adopted sheet).
 */
export function viewFilters(
  view: ViewKind,
  process: CompiledProcess,
  lang: Lang,
  texts: ColumnTexts,
  has: { readonly closed: boolean },
): ColumnFilter[] {
  const open = (): ColumnFilter[] => [
    { key: "status", kind: "values", values: openStatusTexts(texts.status, lang) },
    // "=" with nothing after it is Excel's criterion for blank cells.
    ...(has.closed ? [{ key: "closed", kind: "custom", criterion1: "=" } as const] : []),
  ];
  switch (view.kind) {
    case "all":
      return [];
    case "open":
      return open();
    case "mine":
      return [...open(), { key: "owner", kind: "values", values: matching(texts.owner, view.me) }];
    case "owner":
      return [{ key: "owner", kind: "values", values: matching(texts.owner, view.owner) }];
    case "overdue": {
      const t = parseLocal(view.today);
      if (t === undefined)
        throw new ExpectedFailure(procsheetError("DATA", "view.badDate", { date: view.today }));
      // Due holds date serials; a custom filter compares numbers (">=1" also leaves blank cells out).
      const today = Math.floor(toExcelSerial(t));
      return [
        ...open(),
        { key: "due", kind: "custom", criterion1: ">=1", criterion2: `<${today}`, operator: "And" },
      ];
    }
    case "step": {
      const id = process.stepById.has(view.step) ? view.step : process.stepIdByName.get(matchKey(view.step));
      if (id === undefined)
        throw new ExpectedFailure(procsheetError("DATA", "view.unknownStep", { step: view.step }));
      const present = distinct(texts.step).filter(
        (t) => t.trim() !== "" && process.stepIdByName.get(matchKey(t)) === id,
      );
      const fallback = resolveText(process.stepById.get(id)?.def.name, lang) || id;
      return [{ key: "step", kind: "values", values: present.length > 0 ? present : [fallback] }];
    }
  }
}

/**
 * Applies a view to a bound register and returns how many body rows Excel shows afterwards (read back
 * from the rows' hidden state, so rows a person hid by hand count as hidden too).
 */
export async function applyView(
  binding: ProcessBinding,
  view: ViewKind,
  options: RunOptions = {},
): Promise<Result<{ readonly visibleRows: number }, ProcsheetError>> {
  const compiled = compiledBinding(binding);
  if (!compiled.ok) return { ok: false, error: compiled.error[0] as ProcsheetError };
  const process = compiled.value;
  return runExcel(async (context) => {
    const table = context.workbook.tables.getItem(binding.tableName);
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("rowCount");
    await context.sync();
    const headers = (header.values[0] ?? []).map((h) => String(h ?? ""));
    const map = columnMapOf(binding, process, headers);
    const indexOf = (key: string): number => {
      const c = map.byKey.get(key);
      if (!c)
        throw new ExpectedFailure(
          procsheetError(
            "SHEET_SHAPE",
            "view.noColumn",
            { column: headerFor(process, key, binding.lang) },
            { column: headerFor(process, key, binding.lang) },
          ),
        );
      return c.index;
    };

    table.clearFilters();
    const reads = columnsToRead(view).map((key) => ({
      key,
      range: table.columns.getItemAt(indexOf(key)).getDataBodyRange().load("text"),
    }));
    if (reads.length > 0) await context.sync();
    const texts: Partial<Record<"status" | "owner" | "step", string[]>> = {};
    for (const r of reads) texts[r.key] = r.range.text.map((row) => String(row[0] ?? ""));

    const filters = viewFilters(view, process, binding.lang, texts, { closed: map.byKey.has("closed") });
    for (const f of filters) {
      // eslint-disable-next-line office-addins/load-object-before-read -- Excel.TableColumn.filter is an object whose methods are queued, no property is read
      const filter = table.columns.getItemAt(indexOf(f.key)).filter;
      if (f.kind === "values") filter.applyValuesFilter([...f.values]);
      else if (f.criterion2 === undefined) filter.applyCustomFilter(f.criterion1);
      else filter.applyCustomFilter(f.criterion1, f.criterion2, f.operator ?? "And");
    }
    await context.sync();
    return { visibleRows: await countVisibleRows(context, table.getDataBodyRange(), body.rowCount) };
  }, options);
}

/** Blocks probed per round; a mixed block is split into this many parts. */
const FAN_OUT = 16;

/**
 * Counts the rows of `range` that are not hidden. `Range.rowHidden` (ExcelApi 1.2) is true when every row
 * is hidden, false when none is, and null when mixed
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member), so
 * mixed blocks are split until each is uniform: about log16(rows) syncs, and proxies only around the
 * edges between shown and hidden rows. (`getVisibleView`, 1.3, would also do, but the simulation lacks it.)
 */
export async function countVisibleRows(
  context: Excel.RequestContext,
  range: Excel.Range,
  rowCount: number,
): Promise<number> {
  let visible = 0;
  let pending: { start: number; count: number }[] = rowCount > 0 ? [{ start: 0, count: rowCount }] : [];
  const column = range.getColumn(0);
  while (pending.length > 0) {
    const probes = pending.map((block) => ({
      block,
      range: column
        .getCell(block.start, 0)
        .getResizedRange(block.count - 1, 0)
        .load("rowHidden"),
    }));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- about log16(rows) rounds: each round probes the blocks the last one found mixed
    await context.sync();
    pending = [];
    for (const { block, range: probe } of probes) {
      if (probe.rowHidden === false) visible += block.count;
      else if (probe.rowHidden !== true && block.count === 1)
        visible += 1; // never mixed; be safe
      else if (probe.rowHidden !== true) {
        const size = Math.ceil(block.count / FAN_OUT);
        for (let s = block.start; s < block.start + block.count; s += size)
          pending.push({ start: s, count: Math.min(size, block.start + block.count - s) });
      }
    }
  }
  return visible;
}
