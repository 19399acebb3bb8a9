/**
 * What the grid draws for one sheet of the simulated workbook: the visible rows and columns, and per cell
 * its text as Excel shows it, its own format, the table's header and banding, and the conditional-format
 * result the simulation evaluates. Reads the model directly (no batch, no counters touched).
 */
import type { ExcelSimulation } from "../../test/excel-sim";
import { cellAddress, columnLetters, parseLocalRange, splitSheet } from "../../test/excel-sim/address";
import type { SheetModel, TableModel } from "../../test/excel-sim/model/types";

export interface CellView {
  readonly address: string;
  readonly text: string;
  readonly align: "left" | "center" | "right";
  readonly fill?: string;
  readonly color?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly bar?: { readonly fraction: number; readonly color: string };
  /** A table's header cell, a banded table row, or anything else. */
  readonly part: "header" | "band" | "plain";
  /** A table header's filter button, and whether a filter is set on that column. */
  readonly filter?: "button" | "filtered";
  /** What the simulation could not compute here (a SimulationLimitError), shown instead of a value. */
  readonly problem?: string;
}

export interface ColumnView {
  readonly index: number;
  readonly letter: string;
  /** Pixels, from the sheet's column width in points. */
  readonly width: number;
}

export interface SheetView {
  readonly name: string;
  readonly columns: readonly ColumnView[];
  /** 0-based indexes of the rows drawn (hidden rows left out), in order. */
  readonly rows: readonly number[];
  /** How many of the first drawn rows are frozen (Excel's freeze panes). */
  readonly frozen: number;
  readonly hidden: number;
  /** Whether the hidden rows come from a table or sheet filter. */
  readonly filtered: boolean;
}

const DEFAULT_WIDTH_PT = 48;
const MIN_ROWS = 20;
const MIN_COLUMNS = 8;
/** Room to type below and beside the data, as in Excel (a table grows when a row is written under it). */
const SPARE_ROWS = 3;
const SPARE_COLUMNS = 1;

const px = (points: number): number => Math.round((points * 4) / 3);

export function sheetOf(sim: ExcelSimulation, name: string): SheetModel | undefined {
  return sim.model.sheetByName(name);
}

/** The sheets a person sees as tabs (hidden sheets left out). */
export function visibleSheets(sim: ExcelSimulation): string[] {
  return sim.model.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
}

/** The active sheet, or the first visible one. */
export function activeSheet(sim: ExcelSimulation): string {
  const active = sim.model.sheetById(sim.model.activeSheetId);
  return active && active.visibility === "Visible" ? active.name : (visibleSheets(sim)[0] ?? "");
}

/** The selection's top-left cell on `sheet`, if the selection is there. */
export function selectedCell(sim: ExcelSimulation, sheet: string): { row: number; col: number } | undefined {
  const sel = sim.model.selection;
  const s = sheetOf(sim, sheet);
  if (!sel || !s || sel.sheetId !== s.id) return undefined;
  return { row: sel.rect.top, col: sel.rect.left };
}

function filteredTable(t: TableModel): boolean {
  return t.columns.some((c) => c.filter !== undefined);
}

export function sheetView(sim: ExcelSimulation, name: string): SheetView | undefined {
  const sheet = sheetOf(sim, name);
  if (!sheet) return undefined;
  const model = sim.model;
  const used = model.usedRect(sheet, false);
  const tables = model.tablesOn(sheet);
  const bottom = Math.max(used?.bottom ?? 0, ...tables.map((t) => t.rect.bottom));
  const right = Math.max(used?.right ?? 0, ...tables.map((t) => t.rect.right));
  const rowCount = Math.max(MIN_ROWS, bottom + 1 + SPARE_ROWS);
  const columnCount = Math.max(MIN_COLUMNS, right + 1 + SPARE_COLUMNS);
  const rows: number[] = [];
  let hidden = 0;
  for (let r = 0; r < rowCount; r++) {
    if (sheet.hiddenRows.has(r)) hidden++;
    else rows.push(r);
  }
  const columns = Array.from({ length: columnCount }, (_, c) => ({
    index: c,
    letter: columnLetters(c),
    width: Math.min(360, Math.max(24, px(sheet.columnWidths.get(c) ?? DEFAULT_WIDTH_PT))),
  }));
  const freezeRows = sheet.freeze?.rows ?? 0;
  return {
    name,
    columns,
    rows,
    frozen: rows.filter((r) => r < freezeRows).length,
    hidden,
    filtered:
      tables.some(filteredTable) || (sheet.autoFilter?.criteria.some((c) => c !== undefined) ?? false),
  };
}

function tablePart(t: TableModel, row: number): CellView["part"] {
  if (t.showHeaders && row === t.rect.top) return "header";
  const firstBody = t.rect.top + (t.showHeaders ? 1 : 0);
  return (row - firstBody) % 2 === 0 ? "band" : "plain";
}

function alignOf(horizontal: string | undefined, type: string): CellView["align"] {
  if (horizontal === "Left") return "left";
  if (horizontal === "Center" || horizontal === "CenterAcrossSelection") return "center";
  if (horizontal === "Right") return "right";
  // General: numbers right, booleans and errors centred, text left.
  if (type === "Double") return "right";
  if (type === "Boolean" || type === "Error") return "center";
  return "left";
}

/** One cell as Excel would show it: explicit format first, then the conditional formats over it. */
export function cellView(sim: ExcelSimulation, sheet: SheetModel, row: number, col: number): CellView {
  const model = sim.model;
  const address = cellAddress(row, col);
  const table = model
    .tablesOn(sheet)
    .find((t) => row >= t.rect.top && row <= t.rect.bottom && col >= t.rect.left && col <= t.rect.right);
  const part = table ? tablePart(table, row) : "plain";
  const column = table && part === "header" ? table.columns[col - table.rect.left] : undefined;
  const filter = table?.showFilterButton && column ? (column.filter ? "filtered" : "button") : undefined;
  const format = model.getCell(sheet, row, col)?.format;
  try {
    const read = model.readCell(sheet, row, col);
    const text = model.readText(sheet, row, col);
    const covered = sheet.conditionalFormats.some(
      (cf) => row >= cf.rect.top && row <= cf.rect.bottom && col >= cf.rect.left && col <= cf.rect.right,
    );
    const cf = covered ? sim.cellAppearance(sheet.name, address) : {};
    const fill = cf.fill ?? format?.fill;
    const color = cf.fontColor ?? format?.fontColor;
    const bold = cf.bold ?? format?.bold;
    const italic = cf.italic ?? format?.italic;
    return {
      address,
      text,
      align: alignOf(format?.horizontalAlignment, read.type),
      part,
      ...(fill ? { fill } : {}),
      ...(color ? { color } : {}),
      ...(bold !== undefined ? { bold } : {}),
      ...(italic !== undefined ? { italic } : {}),
      ...(cf.dataBar ? { bar: cf.dataBar } : {}),
      ...(filter ? { filter } : {}),
    };
  } catch (e) {
    return {
      address,
      text: "",
      align: "left",
      part,
      problem: e instanceof Error ? e.message : String(e),
    };
  }
}

/** The list a cell's data validation offers (an in-cell drop-down), if any. */
export function listChoices(sim: ExcelSimulation, sheetName: string, row: number, col: number): string[] {
  const sheet = sheetOf(sim, sheetName);
  if (!sheet) return [];
  const dv = sheet.validations.find(
    (v) =>
      v.type === "List" &&
      row >= v.rect.top &&
      row <= v.rect.bottom &&
      col >= v.rect.left &&
      col <= v.rect.right,
  );
  const source = dv?.source ?? "";
  if (!dv || source.startsWith("=")) return source ? rangeTexts(sim, sheet, source.slice(1)) : [];
  return source
    .split(",")
    .map((x) => x.trim())
    .filter((x) => x !== "");
}

function rangeTexts(sim: ExcelSimulation, sheet: SheetModel, reference: string): string[] {
  const { sheet: name, local } = splitSheet(reference);
  const source = name ? sheetOf(sim, name) : sheet;
  const rect = parseLocalRange(local);
  if (!source || !rect) return [];
  const out: string[] = [];
  for (let r = rect.top; r <= Math.min(rect.bottom, rect.top + 500); r++)
    for (let c = rect.left; c <= rect.right; c++) {
      const text = sim.model.readText(source, r, c);
      if (text !== "") out.push(text);
    }
  return out;
}
