import { resolve } from "node:path";
import type { RuleRow, RuleValue } from "../../core/definition/types";
import { describeError } from "../../core/error";
import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../../core/process";
import type { CellOutput } from "../../core/register/cell-value";
import { headerFor } from "../../core/register/columns";
import { encodeCell, readRow } from "../../core/register/row-codec";
import { SYSTEM_KEYS } from "../../core/register/system-columns";
import type { ProcsheetError } from "../../core/result";
import type { ProcessEvent } from "../../core/sync/events";
import { syncRows, type RowError, type SyncResult } from "../../core/sync/sync";
import { resolveText } from "../../core/text";
import { formatDate, formatDateTime } from "../../core/time/local-time";
import { expectPositionals, flag, parseCommandArgs, resolveNow, stringOption } from "../args";
import type { Context } from "../context";
import { badInput, EXIT } from "../failure";
import { writeFileAtomic } from "../files/atomic-write";
import { appendEventsToFile, appendEventsToWorkbook } from "../files/history";
import { loadProcessFile } from "../files/process-file";
import {
  fileKind,
  isBlankRow,
  openRegister,
  registerCsvText,
  registerWorkbook,
  type AddedColumn,
  type CellPatch,
  type RegisterData,
  type RegisterSource,
  type WritePlan,
} from "../files/register";
import { formatTable } from "../files/table-output";
import { applyPlanToWorkbook } from "../files/xlsx-register";
import { saveWorkbook } from "../files/xlsx-workbook";

const OPTIONS = {
  now: { type: "string" },
  out: { type: "string" },
  events: { type: "string" },
  json: { type: "boolean" },
  reroute: { type: "boolean" },
} as const;

/** The register's rows in the rules' view; blank rows are no cases and are left out. */
interface ReadRegister {
  readonly rows: RuleRow[];
  /** For each row given to the sync, its data row in the file (0-based). */
  readonly position: number[];
  readonly invalid: Map<number, ProcsheetError>;
}

function readRegister(process: CompiledProcess, data: RegisterData): ReadRegister {
  const out: ReadRegister = { rows: [], position: [], invalid: new Map() };
  data.rows.forEach((cells, i) => {
    if (isBlankRow(cells)) return;
    const r = readRow(process, data.map, cells);
    if (r.error) out.invalid.set(out.rows.length, r.error);
    out.position.push(i);
    out.rows.push(r.row);
  });
  return out;
}

/** The cells to write: every changed key that has a column, adding the system columns the register lacks. */
function writePlan(
  process: CompiledProcess,
  data: RegisterData,
  read: ReadRegister,
  result: SyncResult,
  lang: Lang,
): WritePlan {
  const missing = new Set<string>();
  for (const c of result.changes)
    for (const k of c.keys) if (!data.map.byKey.has(k) && c.after[k] !== undefined) missing.add(k);
  const added: AddedColumn[] = SYSTEM_KEYS.filter((k) => missing.has(k)).map((key) => ({
    key,
    header: headerFor(process, key, lang),
  }));
  const patches: CellPatch[] = [];
  for (const c of result.changes)
    for (const key of c.keys)
      if (data.map.byKey.has(key) || missing.has(key))
        patches.push({
          row: read.position[c.index] ?? c.index,
          key,
          value: encodeCell(process, key, c.after[key], lang),
        });
  return { patches, added };
}

function errorPath(e: ProcsheetError, data: RegisterData): string | null {
  if (e.path) return e.path;
  if (e.column) return `column "${data.map.byKey.get(e.column)?.header ?? e.column}"`;
  return null;
}

// The row's ID has its own column in the report: the words without it.
function errorMessage(e: ProcsheetError, lang: Lang): string {
  const { rowId: _rowId, ...rest } = e;
  return describeError(rest, lang);
}

function shown(cell: CellOutput): string {
  switch (cell.kind) {
    case "empty":
      return "—";
    case "date":
      return cell.time ? formatDateTime(cell.value).replace("T", " ").slice(0, 16) : formatDate(cell.value);
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    default:
      return String(cell.value);
  }
}

function samePath(ctx: Context, a: string, b: string): boolean {
  return resolve(ctx.cwd, a) === resolve(ctx.cwd, b);
}

interface Outputs {
  readonly out: string | undefined;
  readonly events: string | undefined;
}

/** Writes the register (when --out) and the events (when --events); the workbook once when both are one file. */
async function save(
  ctx: Context,
  process: CompiledProcess,
  source: RegisterSource,
  plan: WritePlan,
  views: readonly (RuleRow | undefined)[],
  events: readonly ProcessEvent[],
  outputs: Outputs,
  lang: Lang,
): Promise<void> {
  const { out, events: eventsFile } = outputs;
  const eventsInOut = out !== undefined && eventsFile !== undefined && samePath(ctx, out, eventsFile);
  if (out !== undefined) {
    const unchanged = plan.patches.length === 0 && samePath(ctx, out, source.file);
    if (fileKind(ctx, out) === "csv") {
      if (!unchanged) writeFileAtomic(ctx, resolve(ctx.cwd, out), registerCsvText(source, plan));
    } else if (!unchanged || (eventsInOut && events.length > 0)) {
      if (source.kind === "xlsx") applyPlanToWorkbook(ctx, source.file, source.reg, plan);
      const workbook =
        source.kind === "xlsx"
          ? source.reg.workbook
          : await registerWorkbook(source, plan, process, views, lang);
      if (eventsInOut) appendEventsToWorkbook(ctx, out, workbook, process, events);
      await saveWorkbook(ctx, workbook, resolve(ctx.cwd, out));
    }
  }
  if (eventsFile !== undefined && !eventsInOut) await appendEventsToFile(ctx, eventsFile, process, events);
}

function printChanges(
  ctx: Context,
  process: CompiledProcess,
  data: RegisterData,
  plan: WritePlan,
  result: SyncResult,
  lang: Lang,
): void {
  const header = (key: string): string =>
    data.map.byKey.get(key)?.header ??
    plan.added.find((a) => a.key === key)?.header ??
    headerFor(process, key, lang);
  const lines: string[][] = [];
  for (const c of result.changes)
    for (const key of c.keys) {
      const before = encodeCell(process, key, c.before[key] as RuleValue | undefined, lang);
      const after = encodeCell(process, key, c.after[key], lang);
      lines.push([c.id, header(key), shown(before), "→", shown(after)]);
    }
  if (lines.length === 0) ctx.out(ctx.m.noChanges);
  else for (const l of formatTable([[...ctx.m.changeColumns], ...lines])) ctx.out(l);
}

function printErrors(
  ctx: Context,
  data: RegisterData,
  errors: readonly RowError[],
  position: readonly number[],
): void {
  const lines = errors.map((e) => {
    const where = errorPath(e, data);
    const message = errorMessage(e, ctx.lang);
    // Rule problems get their rule path in front; cell problems read by the codec already name their column.
    const named = e.path === undefined && e.params?.column !== undefined;
    const text = where && !named ? `${where}: ${message}` : message;
    return [ctx.m.rowNumber((position[e.index] ?? e.index) + 1), e.rowId ?? "", text];
  });
  for (const l of formatTable(lines)) ctx.out(l);
}

/** `procsheet sync <process.json> <register>`: one engine tick (process-format.md §3). */
export async function runSync(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseCommandArgs(ctx, "sync", argv, OPTIONS);
  if (flag(args, "help")) {
    ctx.out(ctx.m.help.sync);
    return EXIT.ok;
  }
  const [definition, registerFile] = expectPositionals(ctx, "sync", args, 2) as [string, string];
  const now = resolveNow(ctx, stringOption(args, "now"));
  const outputs: Outputs = { out: stringOption(args, "out"), events: stringOption(args, "events") };
  if (outputs.out !== undefined) fileKind(ctx, outputs.out);
  if (outputs.events !== undefined) {
    const kind = fileKind(ctx, outputs.events);
    const intoCsvRegister =
      kind === "csv" &&
      [registerFile, outputs.out].some((f) => f !== undefined && samePath(ctx, f, outputs.events as string));
    if (intoCsvRegister) throw badInput(ctx.m.eventsIntoRegister(outputs.events));
  }
  const { process } = loadProcessFile(ctx, definition);
  const source = await openRegister(ctx, registerFile, process);
  const { data } = source;
  const read = readRegister(process, data);
  const result = await syncRows(process, read.rows, {
    now,
    reroute: flag(args, "reroute"),
    invalid: read.invalid,
  });
  // Cells go into the register in its own language unless --lang says otherwise.
  const lang = ctx.langExplicit ? ctx.lang : data.map.lang;
  const plan = writePlan(process, data, read, result, lang);
  const views: (RuleRow | undefined)[] = data.rows.map(() => undefined);
  result.rows.forEach((row, i) => {
    views[read.position[i] ?? i] = row;
  });
  await save(ctx, process, source, plan, views, result.events, outputs, lang);

  if (flag(args, "json")) {
    const errors = result.errors.map((e) => ({
      id: e.rowId ?? null,
      path: errorPath(e, data),
      message: errorMessage(e, ctx.lang),
      row: (read.position[e.index] ?? e.index) + 1,
    }));
    ctx.out(JSON.stringify({ rows: result.rows, events: result.events, errors }, null, 2));
  } else {
    ctx.out(ctx.m.syncHeading(resolveText(process.definition.name, ctx.lang), now, registerFile));
    printChanges(ctx, process, data, plan, result, lang);
    const cells = result.changes.reduce((n, c) => n + c.keys.length, 0);
    ctx.out(ctx.m.syncSummary(result.changes.length, cells, result.events.length, result.errors.length));
    printErrors(ctx, data, result.errors, read.position);
    ctx.out(outputs.out === undefined ? ctx.m.dryRun : ctx.m.saved(outputs.out));
    if (outputs.events !== undefined) ctx.out(ctx.m.eventsAppended(result.events.length, outputs.events));
  }
  if (outputs.events !== undefined && outputs.out === undefined && result.events.length > 0)
    ctx.err(ctx.m.eventsWithoutRegister);
  return result.errors.length > 0 ? EXIT.failed : EXIT.ok;
}
