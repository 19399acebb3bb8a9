import { extname } from "node:path";
import type { Workbook } from "exceljs";
import type { RuleRow } from "../../core/definition/types";
import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../../core/process";
import type { CellInput, CellOutput } from "../../core/register/cell-value";
import type { ColumnMap } from "../../core/register/columns";
import { registerTableName, safeSheetName } from "../../core/register/names";
import { encodeCell } from "../../core/register/row-codec";
import { resolveText } from "../../core/text";
import type { Context } from "../context";
import { badInput } from "../failure";
import {
  csvCellText,
  guardCsv,
  isBlankRecord,
  parseCsv,
  stringifyCsv,
  unguardCsv,
  type CsvDocument,
} from "./csv";
import { readTextFile } from "./process-file";
import { checkedMap, findXlsxRegister, type XlsxRegister } from "./xlsx-register";
import { excelValue, loadWorkbook, newWorkbook, writeCell } from "./xlsx-workbook";

/**
 * A register as the sync reads it, whatever the file: the header, the data rows (blank rows included, so
 * row numbers match the file) and how the header maps to the process.
 */
export interface RegisterData {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellInput[])[];
  readonly map: ColumnMap;
}

/** One cell to write: data row (0-based, as in RegisterData.rows) and the key of its column. */
export interface CellPatch {
  readonly row: number;
  readonly key: string;
  readonly value: CellOutput;
}

/** A system column the register lacks and the sync filled: added at the right end. */
export interface AddedColumn {
  readonly key: string;
  readonly header: string;
}

export interface WritePlan {
  readonly patches: readonly CellPatch[];
  readonly added: readonly AddedColumn[];
}

/** Position of a key's column in the header row (0-based), counting added columns after the existing ones. */
export function columnIndex(data: RegisterData, plan: WritePlan, key: string): number {
  const bound = data.map.byKey.get(key);
  if (bound) return bound.index;
  const added = plan.added.findIndex((a) => a.key === key);
  if (added < 0) throw new Error(`no column for "${key}"`);
  return data.headers.length + added;
}

export function isBlankRow(cells: readonly CellInput[]): boolean {
  return cells.every((c) => c === null || c === undefined || (typeof c === "string" && c.trim() === ""));
}

export type RegisterSource =
  | {
      readonly kind: "csv";
      readonly file: string;
      readonly data: RegisterData;
      readonly doc: CsvDocument;
      readonly headerAt: number;
    }
  | { readonly kind: "xlsx"; readonly file: string; readonly data: RegisterData; readonly reg: XlsxRegister };

/** Reads a register from .csv or .xlsx; a file that holds no register of this process is bad input. */
export async function openRegister(
  ctx: Context,
  file: string,
  process: CompiledProcess,
): Promise<RegisterSource> {
  if (fileKind(ctx, file) === "xlsx") {
    const reg = findXlsxRegister(ctx, file, await loadWorkbook(ctx, file), process);
    return { kind: "xlsx", file, data: reg, reg };
  }
  const doc = parseCsv(ctx, file, readTextFile(ctx, file));
  const headerAt = doc.records.findIndex((r) => !isBlankRecord(r));
  if (headerAt < 0) throw badInput(ctx.m.registerEmpty(file));
  // Cells beyond the header's end belong to unnamed columns; columns the sync adds go after them.
  const width = doc.records.reduce((w, r, i) => (i > headerAt ? Math.max(w, r.length) : w), 0);
  const named = (doc.records[headerAt] ?? []).map((h) => unguardCsv(h).trim());
  const headers = [...named, ...new Array<string>(Math.max(0, width - named.length)).fill("")];
  const rows = doc.records.slice(headerAt + 1).map((r) =>
    headers.map((_h, i): CellInput => {
      const c = r[i] ?? "";
      return c.trim() === "" ? null : unguardCsv(c);
    }),
  );
  return {
    kind: "csv",
    file,
    doc,
    headerAt,
    data: { headers, rows, map: checkedMap(ctx, file, process, headers) },
  };
}

function patchesByRow(plan: WritePlan): Map<number, CellPatch[]> {
  const out = new Map<number, CellPatch[]>();
  for (const p of plan.patches) out.set(p.row, [...(out.get(p.row) ?? []), p]);
  return out;
}

function inputText(c: CellInput | undefined): string {
  if (c === null || c === undefined) return "";
  if (typeof c === "boolean") return c ? "TRUE" : "FALSE";
  return typeof c === "number" ? String(c) : guardCsv(c);
}

/**
 * The register as CSV text with the plan applied. A CSV source keeps its own records (quoting aside,
 * unchanged cells come out as they went in, formula-looking text guarded); an .xlsx source is converted.
 */
export function registerCsvText(source: RegisterSource, plan: WritePlan): string {
  const { data } = source;
  const byRow = patchesByRow(plan);
  const added = plan.added.map((a) => guardCsv(a.header));
  const width = data.headers.length + plan.added.length;
  const patched = (cells: string[], row: number): string[] => {
    const patches = byRow.get(row);
    if (!patches) return cells;
    const out = [...cells];
    while (out.length < width) out.push("");
    for (const p of patches) out[columnIndex(data, plan, p.key)] = csvCellText(p.value);
    return out;
  };
  if (source.kind === "xlsx") {
    const records = [[...data.headers.map(guardCsv), ...added]];
    data.rows.forEach((r, i) => records.push(patched(r.map(inputText), i)));
    return stringifyCsv(records);
  }
  const records = source.doc.records.map((r, i) => {
    const cells = r.map(guardCsv);
    if (i < source.headerAt) return cells;
    if (i === source.headerAt)
      return added.length === 0
        ? cells
        : [...cells, ...new Array<string>(data.headers.length - cells.length).fill(""), ...added];
    return patched(cells, i - source.headerAt - 1);
  });
  return stringifyCsv(records, { eol: source.doc.eol, bom: source.doc.bom });
}

/**
 * A CSV register as a new workbook: one sheet with the register as a table (registerTableName), mapped
 * cells typed (dates as dates, numbers as numbers) from the rows as the rules see them, others as text.
 */
export async function registerWorkbook(
  source: RegisterSource,
  plan: WritePlan,
  process: CompiledProcess,
  views: readonly (RuleRow | undefined)[],
  lang: Lang,
): Promise<Workbook> {
  const { data } = source;
  const wb = await newWorkbook();
  const ws = wb.addWorksheet(
    safeSheetName(resolveText(process.definition.name, lang) || process.definition.id),
    {
      views: [{ state: "frozen", ySplit: 1 }],
    },
  );
  const headers = [...data.headers.map((h, i) => h || `Column ${i + 1}`), ...plan.added.map((a) => a.header)];
  const rows = Math.max(1, data.rows.length);
  ws.addTable({
    name: registerTableName(process.definition.id),
    ref: "A1",
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows: Array.from({ length: rows }, () => headers.map(() => null)),
  });
  const byRow = patchesByRow(plan);
  data.rows.forEach((cells, i) => {
    const view = views[i];
    const row = ws.getRow(2 + i);
    cells.forEach((raw, j) => {
      const key = data.map.columns[j]?.key;
      const value =
        key !== undefined && view?.[key] !== undefined
          ? encodeCell(process, key, view[key], lang)
          : undefined;
      if (value) writeCell(row.getCell(j + 1), value);
      else
        row.getCell(j + 1).value = excelValue(
          raw === null || raw === undefined ? { kind: "empty" } : { kind: "text", value: String(raw) },
        );
    });
    for (const p of byRow.get(i) ?? []) writeCell(row.getCell(columnIndex(data, plan, p.key) + 1), p.value);
  });
  headers.forEach((h, i) => {
    ws.getColumn(i + 1).width = Math.min(40, Math.max(10, h.length + 4));
  });
  return wb;
}

/** `.csv` or `.xlsx`, by extension; anything else is bad input. */
export function fileKind(ctx: Context, file: string): "csv" | "xlsx" {
  const ext = extname(file).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".xlsx") return "xlsx";
  throw badInput(ctx.m.unsupportedFile(file));
}
