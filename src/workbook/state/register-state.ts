import type { RuleRow, RuleValue } from "../../core/definition/types";
import type { CompiledProcess } from "../../core/process";
import { isOpenStatus, type Status } from "../../core/register/status";
import { caseNumber } from "../../core/sync/case-id";
import { compactIds, expandId } from "./stored-state";
import type { ProcessEvent } from "../../core/sync/events";
import type { OutsideRows } from "../../core/sync/tick";

/**
 * What a workbook remembers of its register after each sync, so the next sync can read only the rows a
 * person changed and still decide exactly as a sync over every row would (docs/specification.md §3.12),
 * and can tell what a person changed in a field (§5.5).
 */
export interface RegisterMemory {
  /** Rows in the register's body after the sync: another count means rows came or went. */
  readonly rows: number;
  /** Open, readable cases per owner (what least-busy counts), and each numbered case's part in it. */
  readonly workload: Readonly<Record<string, number>>;
  readonly owners: Readonly<Record<string, string>>;
  /** Open, readable cases without an ID that have an owner, per owner: their part in `workload` has no key. */
  readonly unnumbered: Readonly<Record<string, number>>;
  /** The highest case number with the process's prefix. */
  readonly highestCase: number;
  /** IDs more than one row holds (each such row is an error until a person fixes it). */
  readonly duplicates: readonly string[];
  /** Open cases' field values (and owner), by case ID, as the rules saw them: for field-change events. */
  readonly fields: Readonly<Record<string, Readonly<Record<string, RuleValue>>>>;
}

function text(v: RuleValue | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = typeof v === "string" ? v.trim() : String(v);
  return s === "" ? undefined : s;
}

/** Open as the tick counts it: not closed, status neither Done nor Cancelled. */
function isOpenRow(row: RuleRow): boolean {
  return text(row.closed) === undefined && isOpenStatus(text(row.status) as Status | undefined);
}

/** The keys a field-change event watches: the process's fields and the owner. */
function watchedKeys(process: CompiledProcess): string[] {
  return [...(process.definition.fields ?? []).map((f) => f.key), "owner"];
}

function fieldValues(process: CompiledProcess, row: RuleRow): Record<string, RuleValue> {
  const out: Record<string, RuleValue> = {};
  for (const k of watchedKeys(process)) {
    const v = row[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/**
 * The memory of a whole register after a sync: `rows` as they stand after it, `unreadable` the positions
 * of rows whose cells could not be read (the tick counts them nowhere).
 */
export function rememberRegister(
  process: CompiledProcess,
  rows: readonly RuleRow[],
  unreadable: ReadonlySet<number>,
): RegisterMemory {
  const workload: Record<string, number> = {};
  const owners: Record<string, string> = {};
  const fields: Record<string, Record<string, RuleValue>> = {};
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  const unnumbered: Record<string, number> = {};
  let highestCase = 0;
  rows.forEach((row, i) => {
    const id = text(row.id);
    if (id !== undefined) {
      if (seen.has(id)) duplicates.add(id);
      seen.add(id);
      const n = caseNumber(process.idPrefix, id);
      if (n !== undefined && n > highestCase) highestCase = n;
    }
    if (unreadable.has(i) || !isOpenRow(row)) return;
    const owner = text(row.owner);
    if (id !== undefined) fields[id] = fieldValues(process, row);
    if (owner === undefined) return;
    workload[owner] = (workload[owner] ?? 0) + 1;
    if (id !== undefined) owners[id] = owner;
    else unnumbered[owner] = (unnumbered[owner] ?? 0) + 1;
  });
  return {
    rows: rows.length,
    workload,
    owners,
    unnumbered,
    highestCase,
    duplicates: [...duplicates],
    fields,
  };
}

/**
 * Whether a sync over only `given` rows can decide as a sync over all would: every given row is either
 * a case the memory knows by its ID or a new row without one (and no unnumbered case with an owner could
 * be among them), and no given ID is a duplicate it cannot see the other holder of.
 */
export function canSyncPartly(memory: RegisterMemory, given: readonly RuleRow[]): boolean {
  return Object.keys(memory.unnumbered).length === 0 || given.every((row) => text(row.id) !== undefined);
}

/** What a tick over `given` rows (as they stand before it) must know of the register's other rows. */
export function outsideOf(memory: RegisterMemory, given: readonly RuleRow[]): OutsideRows {
  const workload = new Map(Object.entries(memory.workload));
  for (const row of given) {
    const id = text(row.id);
    const owner = id === undefined ? undefined : memory.owners[id];
    if (owner !== undefined) workload.set(owner, (workload.get(owner) ?? 0) - 1);
  }
  return { workload, highestCaseNumber: memory.highestCase, ids: new Set(memory.duplicates) };
}

/**
 * The memory after a sync over `given` rows only: their old parts taken out, their new ones put in.
 * `before` and `after` are the given rows before and after the tick, in the same order.
 */
export function rememberPartly(
  process: CompiledProcess,
  memory: RegisterMemory,
  before: readonly RuleRow[],
  after: readonly RuleRow[],
  unreadable: ReadonlySet<number>,
  rows: number,
): RegisterMemory {
  const workload: Record<string, number> = { ...memory.workload };
  const owners: Record<string, string> = { ...memory.owners };
  const fields: Record<string, Readonly<Record<string, RuleValue>>> = { ...memory.fields };
  const unnumbered: Record<string, number> = { ...memory.unnumbered };
  let highestCase = memory.highestCase;
  for (const row of before) {
    const id = text(row.id);
    if (id === undefined) continue;
    const owner = owners[id];
    if (owner !== undefined) {
      const left = (workload[owner] ?? 0) - 1;
      if (left > 0) workload[owner] = left;
      else delete workload[owner];
      delete owners[id];
    }
    delete fields[id];
  }
  after.forEach((row, i) => {
    const id = text(row.id);
    if (id !== undefined) {
      const n = caseNumber(process.idPrefix, id);
      if (n !== undefined && n > highestCase) highestCase = n;
    }
    if (unreadable.has(i) || !isOpenRow(row)) return;
    if (id !== undefined) fields[id] = fieldValues(process, row);
    const owner = text(row.owner);
    if (owner === undefined) return;
    workload[owner] = (workload[owner] ?? 0) + 1;
    if (id !== undefined) owners[id] = owner;
    else unnumbered[owner] = (unnumbered[owner] ?? 0) + 1;
  });
  return { ...memory, rows, workload, owners, unnumbered, highestCase, fields };
}

/**
 * Field-change events (docs/specification.md §5.5): for each open case the memory knows, every watched
 * key whose value differs from what the last sync left, as `changed` events at `now`, in row order, keys
 * in the process's order. A case the memory does not know (new, or closed at the last sync) has none.
 */
export function fieldChanges(
  process: CompiledProcess,
  memory: RegisterMemory | undefined,
  rows: readonly RuleRow[],
  unreadable: ReadonlySet<number>,
  now: string,
): ProcessEvent[] {
  if (!memory) return [];
  const out: ProcessEvent[] = [];
  rows.forEach((row, i) => {
    const id = text(row.id);
    if (id === undefined || unreadable.has(i)) return;
    const was = memory.fields[id];
    if (!was) return;
    for (const key of watchedKeys(process)) {
      const from = was[key] ?? undefined;
      const to = row[key] ?? undefined;
      if (from === to || (from === undefined && to === undefined)) continue;
      out.push({
        caseId: id,
        at: now,
        type: "changed",
        step: typeof row.step === "string" ? row.step : "",
        status: (typeof row.status === "string" ? row.status : "todo") as Status,
        ...(text(row.owner) !== undefined ? { owner: String(row.owner) } : {}),
        field: key,
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
      });
    }
  });
  return out;
}

/**
 * The memory as a workbook stores it (in the process's state part, src/excel/store): owners as lists of
 * case numbers per person, the compact form of `PREFIX-NNNN` IDs, so 100,000 open cases stay well under
 * Excel on the web's 5 MB request; field values only while they fit in `maxFieldBytes`.
 */
export interface StoredMemory {
  readonly rows: number;
  readonly owners: Readonly<Record<string, readonly (number | string)[]>>;
  readonly unnumbered: Readonly<Record<string, number>>;
  readonly highestCase: number;
  readonly duplicates: readonly string[];
  /** Absent when the open cases' values were too many to keep: field changes are then not recorded. */
  readonly fields?: RegisterMemory["fields"];
}

export const MAX_FIELD_BYTES = 1_000_000;

export function storeMemory(
  prefix: string,
  memory: RegisterMemory,
  maxFieldBytes = MAX_FIELD_BYTES,
): StoredMemory {
  const byOwner = new Map<string, string[]>();
  for (const [id, owner] of Object.entries(memory.owners)) {
    const list = byOwner.get(owner);
    if (list) list.push(id);
    else byOwner.set(owner, [id]);
  }
  const owners: Record<string, (number | string)[]> = {};
  for (const [owner, ids] of byOwner) owners[owner] = compactIds(prefix, ids);
  const fieldsJson = JSON.stringify(memory.fields);
  return {
    rows: memory.rows,
    owners,
    unnumbered: memory.unnumbered,
    highestCase: memory.highestCase,
    duplicates: memory.duplicates,
    ...(fieldsJson.length <= maxFieldBytes ? { fields: memory.fields } : {}),
  };
}

/** A stored memory read back; undefined when it is not one (an older workbook, a damaged part). */
export function loadMemory(prefix: string, v: unknown): RegisterMemory | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const m = v as Partial<StoredMemory>;
  if (typeof m.rows !== "number" || typeof m.owners !== "object" || m.owners === null) return undefined;
  if (typeof m.unnumbered !== "object" || m.unnumbered === null) return undefined;
  if (typeof m.highestCase !== "number" || !Array.isArray(m.duplicates)) return undefined;
  const owners: Record<string, string> = {};
  const workload: Record<string, number> = {};
  for (const [owner, ids] of Object.entries(m.owners)) {
    if (!Array.isArray(ids)) return undefined;
    for (const x of ids) owners[expandId(prefix, x as number | string)] = owner;
    workload[owner] = ids.length;
  }
  for (const [owner, n] of Object.entries(m.unnumbered))
    if (typeof n === "number") workload[owner] = (workload[owner] ?? 0) + n;
  return {
    rows: m.rows,
    workload,
    owners,
    unnumbered: m.unnumbered,
    highestCase: m.highestCase,
    duplicates: m.duplicates.map(String),
    fields: typeof m.fields === "object" && m.fields !== null ? m.fields : {},
  };
}

/**
 * A memory written under an earlier routing generation, brought up to date from History (what every
 * co-author shares, docs/specification.md §5.6): each open case's field values as the last `changed` event
 * of each field left them. Only the field values are kept — the workload and the rest are recomputed by
 * the whole sync that follows a takeover — so a field change made while nobody routed is recorded once,
 * and one another Excel already recorded is not recorded again.
 */
export function fieldsFromHistory(
  stored: StoredMemory | undefined,
  prefix: string,
  events: readonly ProcessEvent[],
): StoredMemory | undefined {
  const memory = loadMemory(prefix, stored);
  if (!memory) return undefined;
  const fields: Record<string, Record<string, RuleValue>> = {};
  for (const [id, values] of Object.entries(memory.fields)) fields[id] = { ...values };
  for (const e of events) {
    const values = fields[e.caseId];
    if (!values) continue;
    if (e.type === "closed" || e.type === "cancelled") {
      delete fields[e.caseId];
      continue;
    }
    // Every event carries the owner of its moment: the routing of another Excel moved it too.
    if (e.owner !== undefined && e.type !== "changed") values.owner = e.owner;
    if (e.type !== "changed" || e.field === undefined) continue;
    if (e.to === undefined) delete values[e.field];
    else values[e.field] = e.to;
  }
  return storeMemory(prefix, { ...memory, fields });
}
