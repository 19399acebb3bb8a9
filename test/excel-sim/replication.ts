/**
 * How a change made in one co-author's replica of a workbook is replayed in another's (coauthoring.ts).
 * Browser-safe: no Node APIs.
 *
 * A patch is what one batch (or one person's entry) changed, as a list of steps:
 * - structural steps: the model calls that move cells (whole rows or columns, partial shifts, table rows
 *   and columns added or deleted) or rename or delete a sheet, replayed as calls, so that a co-author's
 *   own cells, formulas, tables and tracked ranges follow them;
 * - state steps: everything else, as the difference between two states of the shared content (cells by
 *   address, sheet properties, each conditional format, validation and chart by id, tables by id).
 * Replaying is positional: a state step lands on the same addresses as in the replica it came from.
 *
 * What co-authors share is the workbook's content (cells, formats, sheets, tables …): "When you change a
 * workbook's content, Excel automatically synchronizes those changes across all coauthors":
 * https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins
 * The Excel workbook settings, custom XML parts, Office document settings, the startup behaviour, the
 * selection and the active sheet are left out (README, open-docs choices).
 */
import type { Cell, SheetModel, TableModel } from "./model/types";
import type { ChangeRecord, WorkbookModel } from "./model/workbook-model";
import { sheetFromJson, sheetToJson } from "./snapshot";
import type { SheetJson } from "./snapshot";

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** JSON with sorted keys, so that two equal states compare equal whatever order their keys were set in. */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_key, value: unknown) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
    const o = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]),
    );
  });
}

type CellGrid = Map<number, Map<number, Cell>>;

/** One sheet as co-authors share it: its properties as JSON and its cells (shared, never changed in place). */
interface SheetState {
  meta: SheetJson;
  cells: CellGrid;
}

/**
 * The content co-authors share. Taking it costs one pass over the stored cells (the cell objects are
 * shared with the model, which replaces a cell rather than change it), so a large register stays fast.
 */
export interface SharedState {
  sheets: SheetState[];
  tables: TableModel[];
  calculationMode: WorkbookModel["calculationMode"];
}

/** A sheet's properties, conditional formats, validations, charts, shapes and merged areas, without its cells. */
function sheetMeta(sheet: SheetModel): SheetJson {
  return sheetToJson({ ...sheet, cells: new Map() });
}

export function sharedState(model: WorkbookModel): SharedState {
  return {
    sheets: model.sheets.map((s) => ({
      meta: sheetMeta(s),
      cells: new Map([...s.cells].map(([r, cols]) => [r, new Map(cols)])),
    })),
    tables: model.tables.map((t) => clone(t)),
    calculationMode: model.calculationMode,
  };
}

/** A state as one canonical string (for comparing replicas in tests; not fast). */
export function stateKey(state: SharedState): string {
  return canonical({
    sheets: state.sheets.map((s) => ({
      meta: s.meta,
      cells: [...s.cells].flatMap(([r, cols]) => [...cols].map(([c, cell]) => [r, c, cell])).sort(),
    })),
    tables: state.tables,
    calculationMode: state.calculationMode,
  });
}

const LISTS = ["conditionalFormats", "validations", "charts", "shapes"] as const;
type ListKey = (typeof LISTS)[number];
const FIELDS = [
  "name",
  "visibility",
  "tabColor",
  "columnWidths",
  "rowHeights",
  "hiddenRows",
  "freeze",
  "autoFilter",
  "protection",
  "merged",
] as const satisfies readonly (keyof SheetJson)[];

interface Identified {
  id: string;
}
interface ListPatch {
  set: Identified[];
  removed: string[];
  order: string[];
}
interface SheetPatch {
  id: string;
  /** New values of sheet properties; null where the property is now absent. */
  fields: Record<string, unknown>;
  /** New cells as [row, column, cell]; null where the cell is now empty. */
  cells: [number, number, Cell | null][];
  lists: Partial<Record<ListKey, ListPatch>>;
}
export interface StateDiff {
  added: SheetState[];
  removed: string[];
  sheets: SheetPatch[];
  sheetOrder?: string[];
  tables: { set: TableModel[]; removed: string[]; order?: string[] };
  calculationMode?: WorkbookModel["calculationMode"];
}

const asRecord = (v: unknown): Record<string, unknown> => v as Record<string, unknown>;
const listOf = (json: SheetJson, key: ListKey): Identified[] => (json[key] ?? []) as Identified[];
const sameOrder = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);
const copyCell = (cell: Cell): Cell => (cell.format ? { ...cell, format: { ...cell.format } } : { ...cell });
const sameCell = (a: Cell | undefined, b: Cell | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && canonical(a) === canonical(b));

function diffList(a: Identified[], b: Identified[]): ListPatch | undefined {
  const before = new Map(a.map((x) => [x.id, canonical(x)]));
  const set = b.filter((x) => before.get(x.id) !== canonical(x));
  const after = new Set(b.map((x) => x.id));
  const removed = a.filter((x) => !after.has(x.id)).map((x) => x.id);
  const order = b.map((x) => x.id);
  if (
    set.length === 0 &&
    removed.length === 0 &&
    sameOrder(
      order,
      a.map((x) => x.id),
    )
  )
    return undefined;
  return { set: clone(set), removed, order };
}

function diffCells(a: CellGrid, b: CellGrid): [number, number, Cell | null][] {
  const out: [number, number, Cell | null][] = [];
  for (const [r, colsB] of b) {
    const colsA = a.get(r);
    for (const [c, cell] of colsB) if (!sameCell(colsA?.get(c), cell)) out.push([r, c, copyCell(cell)]);
  }
  for (const [r, colsA] of a) {
    const colsB = b.get(r);
    for (const c of colsA.keys()) if (!colsB?.has(c)) out.push([r, c, null]);
  }
  return out;
}

function diffSheet(a: SheetState, b: SheetState): SheetPatch | undefined {
  const patch: SheetPatch = { id: b.meta.id, fields: {}, cells: diffCells(a.cells, b.cells), lists: {} };
  let changed = patch.cells.length > 0;
  for (const k of FIELDS) {
    if (canonical(a.meta[k]) === canonical(b.meta[k])) continue;
    patch.fields[k] = b.meta[k] === undefined ? null : clone(b.meta[k]);
    changed = true;
  }
  for (const k of LISTS) {
    const list = diffList(listOf(a.meta, k), listOf(b.meta, k));
    if (!list) continue;
    patch.lists[k] = list;
    changed = true;
  }
  return changed ? patch : undefined;
}

/** What turns state `a` into state `b`; undefined when they are equal. */
export function diffState(a: SharedState, b: SharedState): StateDiff | undefined {
  const diff: StateDiff = { added: [], removed: [], sheets: [], tables: { set: [], removed: [] } };
  const aSheets = new Map(a.sheets.map((s) => [s.meta.id, s]));
  const bIds = new Set(b.sheets.map((s) => s.meta.id));
  for (const s of b.sheets) {
    const old = aSheets.get(s.meta.id);
    if (!old) diff.added.push(s);
    else {
      const p = diffSheet(old, s);
      if (p) diff.sheets.push(p);
    }
  }
  diff.removed = a.sheets.filter((s) => !bIds.has(s.meta.id)).map((s) => s.meta.id);
  const order = b.sheets.map((s) => s.meta.id);
  if (
    !sameOrder(
      order,
      a.sheets.map((s) => s.meta.id),
    )
  )
    diff.sheetOrder = order;
  const aTables = new Map(a.tables.map((t) => [t.id, canonical(t)]));
  const bTables = new Set(b.tables.map((t) => t.id));
  diff.tables.set = clone(b.tables.filter((t) => aTables.get(t.id) !== canonical(t)));
  diff.tables.removed = a.tables.filter((t) => !bTables.has(t.id)).map((t) => t.id);
  const tableOrder = b.tables.map((t) => t.id);
  if (
    !sameOrder(
      tableOrder,
      a.tables.map((t) => t.id),
    )
  )
    diff.tables.order = tableOrder;
  if (a.calculationMode !== b.calculationMode) diff.calculationMode = b.calculationMode;
  const empty =
    diff.added.length === 0 &&
    diff.removed.length === 0 &&
    diff.sheets.length === 0 &&
    diff.sheetOrder === undefined &&
    diff.tables.set.length === 0 &&
    diff.tables.removed.length === 0 &&
    diff.tables.order === undefined &&
    diff.calculationMode === undefined;
  return empty ? undefined : diff;
}

/** Items named in `order` first, in that order; the others (a co-author's, unknown there) keep theirs after. */
function ordered<T>(items: T[], order: readonly string[], id: (x: T) => string): T[] {
  const rank = new Map(order.map((x, i) => [x, i]));
  const known = items
    .filter((x) => rank.has(id(x)))
    .sort((x, y) => (rank.get(id(x)) ?? 0) - (rank.get(id(y)) ?? 0));
  return [...known, ...items.filter((x) => !rank.has(id(x)))];
}

function mergeList(current: Identified[], patch: ListPatch): Identified[] {
  const removed = new Set(patch.removed);
  const set = new Map(patch.set.map((x) => [x.id, x]));
  const kept = current.filter((x) => !removed.has(x.id)).map((x) => clone(set.get(x.id) ?? x));
  for (const x of patch.set) if (!kept.some((k) => k.id === x.id)) kept.push(clone(x));
  return ordered(kept, patch.order, (x) => x.id);
}

/** Gives `target` exactly the properties of `fresh`, keeping the object (proxies hold on to it). */
function replaceInPlace(target: object, fresh: object): void {
  const t = asRecord(target);
  for (const k of Object.keys(t)) if (!(k in fresh)) delete t[k];
  Object.assign(t, fresh);
}

function sheetFromState(state: SheetState): SheetModel {
  const sheet = sheetFromJson(state.meta);
  sheet.cells = new Map(
    [...state.cells].map(([r, cols]) => [r, new Map([...cols].map(([c, x]) => [c, copyCell(x)]))]),
  );
  return sheet;
}

function applySheetPatch(model: WorkbookModel, sheet: SheetModel, p: SheetPatch): void {
  if (Object.keys(p.fields).length > 0 || Object.keys(p.lists).length > 0) {
    const json = asRecord(sheetMeta(sheet));
    for (const [k, v] of Object.entries(p.fields)) {
      if (v === null) delete json[k];
      else json[k] = clone(v);
    }
    for (const k of LISTS) {
      const list = p.lists[k];
      if (list) json[k] = mergeList((json[k] ?? []) as Identified[], list);
    }
    const fresh = sheetFromJson(json as unknown as SheetJson);
    fresh.cells = sheet.cells;
    replaceInPlace(sheet, fresh);
  }
  for (const [r, c, cell] of p.cells) model.setCell(sheet, r, c, cell === null ? undefined : copyCell(cell));
}

/** Applies a state step in place: the model's sheet and table objects stay the same objects. */
export function applyState(model: WorkbookModel, diff: StateDiff): void {
  const removed = new Set(diff.removed);
  if (removed.size > 0) {
    model.sheets = model.sheets.filter((s) => !removed.has(s.id));
    model.tables = model.tables.filter((t) => !removed.has(t.sheetId));
  }
  for (const s of diff.added) if (!model.sheetById(s.meta.id)) model.sheets.push(sheetFromState(s));
  for (const p of diff.sheets) {
    const sheet = model.sheetById(p.id);
    if (sheet) applySheetPatch(model, sheet, p); // else: deleted here in the meantime
  }
  if (diff.sheetOrder) model.sheets = ordered(model.sheets, diff.sheetOrder, (s) => s.id);
  const gone = new Set(diff.tables.removed);
  model.tables = model.tables.filter((t) => !gone.has(t.id));
  for (const t of diff.tables.set) {
    if (!model.sheetById(t.sheetId)) continue;
    const existing = model.tableById(t.id);
    if (existing) replaceInPlace(existing, clone(t));
    else model.tables.push(clone(t));
  }
  if (diff.tables.order) model.tables = ordered(model.tables, diff.tables.order, (t) => t.id);
  if (diff.calculationMode) model.calculationMode = diff.calculationMode;
  // The person's place stays where it was, unless its sheet is gone.
  if (!model.sheetById(model.activeSheetId))
    model.activeSheetId = (model.sheets.find((s) => s.visibility === "Visible") ?? model.sheets[0])?.id ?? "";
  if (model.selection && !model.sheetById(model.selection.sheetId)) model.selection = undefined;
  model.touch();
}

/** Makes the model's shared content equal `state`, in place. */
export function resetShared(model: WorkbookModel, state: SharedState): void {
  const diff = diffState(sharedState(model), state);
  if (diff) applyState(model, diff);
}

// ---------------------------------------------------------------- patches

/**
 * The model calls a patch replays as calls: those that move cells, and the sheet renames and deletions
 * that rewrite the formulas pointing at a sheet, so that a co-author's own formulas follow too.
 */
export const STRUCTURAL_METHODS = [
  "insertCells",
  "deleteCells",
  "addTableRows",
  "deleteTableRows",
  "addTableColumn",
  "renameSheet",
  "deleteSheet",
] as const;
export type StructuralMethod = (typeof STRUCTURAL_METHODS)[number];
type ModelCall = (...args: unknown[]) => unknown;

/** A sheet or a table argument, named by id so that the call finds the receiver's own object. */
class ObjectArg {
  constructor(
    readonly kind: "sheet" | "table",
    readonly id: string,
  ) {}
}

export type PatchStep =
  { kind: "state"; diff: StateDiff } | { kind: "structural"; method: StructuralMethod; args: unknown[] };

export interface Patch {
  steps: PatchStep[];
  /** The change records of the batch or entry: the receivers' onChanged events (source Remote). */
  changes: ChangeRecord[];
  /** Tables that got rows through TableRowCollection.add (they can conflict with co-authors' edits). */
  rowsAddedTo: string[];
}

function encodeArgs(model: WorkbookModel, args: readonly unknown[]): unknown[] {
  return args.map((a) => {
    const sheet = model.sheets.find((s) => s === a);
    if (sheet) return new ObjectArg("sheet", sheet.id);
    const table = model.tables.find((t) => t === a);
    if (table) return new ObjectArg("table", table.id);
    // Values go over the wire as JSON, as Office.js sends them (a Date becomes its text).
    return clone(a);
  });
}

class GoneError extends Error {}

function decodeArgs(model: WorkbookModel, args: readonly unknown[]): unknown[] {
  return args.map((a) => {
    if (!(a instanceof ObjectArg)) return clone(a);
    const found = a.kind === "sheet" ? model.sheetById(a.id) : model.tableById(a.id);
    if (!found) throw new GoneError(`excel-sim: the ${a.kind} ${a.id} is gone`);
    return found;
  });
}

/**
 * Replays a patch on `model`. A structural step that no longer applies there (its sheet or table is gone,
 * or Excel would refuse it on this content) is dropped: the server and every replica replay the same
 * patch on the same state, so they drop the same steps. Returns the dropped steps' errors.
 */
export function replay(model: WorkbookModel, patch: Patch): unknown[] {
  const dropped: unknown[] = [];
  const calls = model as unknown as Record<StructuralMethod, ModelCall>;
  for (const step of patch.steps) {
    if (step.kind === "state") {
      applyState(model, step.diff);
      continue;
    }
    try {
      calls[step.method](...decodeArgs(model, step.args));
    } catch (e) {
      dropped.push(e);
    }
  }
  model.changes = [];
  return dropped;
}

/**
 * Records the patches of one replica: wraps its structural model calls and diffs its shared content
 * between them. `take` closes the current patch (at the end of every batch or entry).
 */
export class Recorder {
  private base: SharedState;
  private steps: PatchStep[] = [];
  private rowsAddedTo = new Set<string>();
  private depth = 0;
  /** While remote patches are replayed here, nothing is recorded. */
  paused = false;

  constructor(private readonly model: WorkbookModel) {
    this.base = sharedState(model);
    const calls = model as unknown as Record<StructuralMethod, ModelCall>;
    for (const method of STRUCTURAL_METHODS) {
      const original = calls[method].bind(model);
      calls[method] = (...args: unknown[]): unknown => {
        // Calls made inside a recorded call are part of it.
        if (this.paused || this.depth > 0) return original(...args);
        this.depth++;
        try {
          this.boundary();
          const encoded = encodeArgs(model, args);
          const result = original(...args);
          this.steps.push({ kind: "structural", method, args: encoded });
          const table = args[0];
          if (method === "addTableRows" && typeof table === "object" && table !== null)
            this.rowsAddedTo.add((table as TableModel).id);
          this.base = sharedState(model);
          return result;
        } finally {
          this.depth--;
        }
      };
    }
  }

  private boundary(): void {
    const now = sharedState(this.model);
    const diff = diffState(this.base, now);
    if (diff) this.steps.push({ kind: "state", diff });
    this.base = now;
  }

  /** The patch since the last one (undefined when nothing shared changed). */
  take(changes: readonly ChangeRecord[]): Patch | undefined {
    this.boundary();
    const steps = this.steps;
    const rowsAddedTo = [...this.rowsAddedTo];
    this.steps = [];
    this.rowsAddedTo.clear();
    if (steps.length === 0) return undefined;
    return { steps, changes: clone([...changes]), rowsAddedTo };
  }

  /** After remote patches were applied here: they are not this replica's own changes. */
  resync(): void {
    this.base = sharedState(this.model);
  }
}
