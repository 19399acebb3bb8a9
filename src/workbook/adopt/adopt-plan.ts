import { procsheetError, type ErrorKey, type ErrorParams } from "../../core/error";
import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../../core/process";
import { headerFor, mapColumns, type ColumnMap } from "../../core/register/columns";
import type { ProcsheetError } from "../../core/result";
import { SYSTEM_KEYS } from "../../core/register/system-columns";
import { caseNumber, formatCaseId } from "../../core/sync/case-id";
import { matchKey } from "../../core/text";
import { currentRegion, detectRegion } from "../grid/header-row";
import { contains, intersect, rectA1, type Rect, type SheetGrid } from "../grid/sheet-grid";

/** A table on the sheet being adopted. */
export interface TableInfo {
  readonly name: string;
  readonly rect: Rect;
}

/** What was read of the sheet: its cells, its tables and (for a selection) the selected block. */
export interface Layout {
  readonly sheetName: string;
  readonly grid: SheetGrid;
  readonly tables: readonly TableInfo[];
}

/**
 * Where to look: the used range, the selection (a single cell or row grows to its current region), or an
 * exact address (the preview's, when adopting re-checks it).
 */
export type Target =
  | { readonly kind: "used" }
  | { readonly kind: "selection"; readonly rect: Rect }
  | { readonly kind: "address"; readonly rect: Rect };

export interface Located {
  /** Header row + data, in sheet coordinates. */
  readonly region: Rect;
  /** The user's table the region already is. */
  readonly table?: TableInfo;
}

export function shapeError<K extends ErrorKey>(key: K, params: ErrorParams<K>): ProcsheetError {
  return procsheetError("SHEET_SHAPE", key, params);
}

function tableAt(tables: readonly TableInfo[], row: number, column: number): TableInfo | undefined {
  return tables.find((t) => contains(t.rect, { top: row, bottom: row, left: column, right: column }));
}

/** Finds the header row and data to adopt, reusing the table they already are, if any. */
export function locate(layout: Layout, target: Target): Located | ProcsheetError {
  const { grid, tables, sheetName } = layout;
  if (!grid.bounds && tables.length === 0) return shapeError("adopt.noData", { sheet: sheetName });
  let bounds: Rect | undefined = grid.bounds;
  if (target.kind !== "used") {
    const sel = target.rect;
    const anchor = tableAt(tables, sel.top, sel.left);
    const small = sel.top === sel.bottom;
    if (anchor && (small || contains(anchor.rect, sel))) return { region: anchor.rect, table: anchor };
    bounds =
      small && target.kind === "selection"
        ? currentRegion(grid, grid.bounds ? (intersect(sel, grid.bounds) ?? sel) : sel)
        : grid.bounds && intersect(sel, grid.bounds);
  }
  const region = bounds && detectRegion(grid, bounds);
  if (!region) {
    const where = bounds ? rectA1(bounds) : sheetName;
    return shapeError("adopt.noHeader", { address: where });
  }
  // A title above a table: the header row found is the table's own. A table that holds only part of the
  // header row is another table in the way, reported as such.
  const own = tables.find(
    (t) => t.rect.top === region.top && t.rect.left <= region.left && t.rect.right >= region.right,
  );
  return own ? { region: own.rect, table: own } : { region };
}

/** Header texts as Excel reads them (a number header reads as its value). */
export function headersOf(grid: SheetGrid, region: Rect): string[] {
  const out: string[] = [];
  for (let c = region.left; c <= region.right; c++) out.push(String(grid.value(region.top, c) ?? "").trim());
  return out;
}

/** The key guessed per header; of two headers claiming one key, the first keeps it. */
export function guessColumns(
  process: CompiledProcess,
  headers: readonly string[],
): { guesses: (string | undefined)[]; lang: Lang } {
  const claimed = new Set<string>();
  const overrides = new Map<string, string>();
  const guesses = headers.map((h) => {
    const one = mapColumns(process, [h]);
    const key = one.ok ? one.value.columns[0]?.key : undefined;
    if (key === undefined || claimed.has(key)) {
      if (h.trim() !== "") overrides.set(matchKey(h), "");
      return undefined;
    }
    claimed.add(key);
    return key;
  });
  const all = mapColumns(process, headers, overrides);
  return { guesses, lang: all.ok ? all.value.lang : "en" };
}

/** Headers for the added system columns in `lang`, made distinct from the sheet's (Excel would number them). */
export function addedHeaders(
  process: CompiledProcess,
  keys: readonly string[],
  lang: Lang,
  existing: readonly string[],
): { key: string; header: string; renamed: boolean }[] {
  const taken = new Set(existing.map(matchKey));
  return keys.map((key) => {
    const base = headerFor(process, key, lang);
    let header = base;
    for (let i = 2; taken.has(matchKey(header)); i++) header = `${base} ${i}`;
    taken.add(matchKey(header));
    return { key, header, renamed: header !== base };
  });
}

/** An ID to write into an empty ID cell, in sheet coordinates. */
export interface IdWrite {
  readonly row: number;
  readonly id: string;
}

/**
 * IDs for data rows without one, in sheet order after the highest existing `PREFIX-NNNN`
 * (docs/specification.md §3.1). Only truly empty cells get one (a formula giving "" is the user's);
 * rows with no data at all are not cases and get none.
 */
export function missingIds(
  grid: SheetGrid,
  region: Rect,
  idColumn: number | undefined,
  prefix: string,
): IdWrite[] {
  let highest = 0;
  if (idColumn !== undefined)
    for (let r = region.top + 1; r <= region.bottom; r++) {
      const v = grid.value(r, idColumn);
      const n = typeof v === "string" ? caseNumber(prefix, v.trim()) : undefined;
      if (n !== undefined && n > highest) highest = n;
    }
  const out: IdWrite[] = [];
  for (let r = region.top + 1; r <= region.bottom; r++) {
    if (idColumn !== undefined && !grid.isEmpty(r, idColumn)) continue;
    if (!grid.anyContent({ ...region, top: r, bottom: r })) continue;
    out.push({ row: r, id: formatCaseId(prefix, ++highest) });
  }
  return out;
}

/** The mapping with the person's choices (header → key, "" to leave alone); a key two columns claim is refused. */
export function chosenMap(
  process: CompiledProcess,
  headers: readonly string[],
  columns: Readonly<Record<string, string>>,
  extra: ReadonlyMap<string, string> = new Map(),
): ColumnMap | ProcsheetError {
  const known = new Set<string>([...SYSTEM_KEYS, ...(process.definition.fields ?? []).map((f) => f.key)]);
  const present = new Set(headers.map(matchKey));
  const overrides = new Map(extra);
  for (const [header, key] of Object.entries(columns)) {
    if (!present.has(matchKey(header))) continue;
    if (key !== "" && !known.has(key)) return shapeError("adopt.unknownKey", { header, key });
    overrides.set(matchKey(header), key);
  }
  const mapped = mapColumns(process, headers, overrides);
  return mapped.ok ? mapped.value : (mapped.error[0] as ProcsheetError);
}
