import type { ProcessDefinition, RuleRow, RuleValue } from "../../core/definition/types";
import type { Lang } from "../../words/lang";
import type { ProcsheetError, Result } from "../../core/result";
import type { ProcessEvent } from "../../core/sync/events";
import type {
  AdoptPreview,
  ChartReport,
  FeatureName,
  FormatReport,
  HistoryEvent,
  ProcsheetExcel,
  WorkbookInfo,
} from "../../excel/api-types";
import type { ProcessBinding } from "../../workbook/binding";
import type { SyncReport, SyncRequest } from "../../excel/api-types";
import { snapshot, statusChanges } from "./fake-tracking";
import {
  compile,
  fail,
  newRegister,
  ok,
  record,
  lastSyncOf,
  syncRegister,
  undoRegister,
  visible,
  workItems,
  type Register,
  type Watcher,
} from "./fake-register";

type Method = keyof ProcsheetExcel;

export interface FakeExcelOptions {
  readonly lang?: Lang;
  /** What "Adopt this sheet" finds. */
  readonly preview?: AdoptPreview;
  readonly missing?: readonly FeatureName[];
  /** Rows between the sync's checkpoints (progress, yield, cancel); the real default is 2,000. */
  readonly checkpointEvery?: number;
}

/**
 * ProcsheetExcel over an in-memory workbook, driven by the real core (loadProcess, syncRows, change
 * tracking's snapshot rule). Component tests use it to exercise real behaviour; test hooks below play
 * the person in Excel (select a row, type a status) and make the next call fail.
 */
export class FakeExcel implements ProcsheetExcel {
  /** Every call, by name, in order. */
  readonly calls: Method[] = [];
  private readonly registers = new Map<string, Register>();
  private readonly failures = new Map<Method, ProcsheetError>();
  private hold: Promise<void> | undefined;
  private activeId: string | undefined;

  constructor(private readonly options: FakeExcelOptions = {}) {}

  /** A workbook holding `definition`'s register (with its sample rows unless told otherwise). */
  static async withProcess(
    definition: ProcessDefinition,
    options: FakeExcelOptions & { readonly now?: string; readonly sample?: boolean } = {},
  ): Promise<FakeExcel> {
    const fake = new FakeExcel(options);
    const r = await fake.createRegister(definition, {
      lang: options.lang ?? "en",
      sample: options.sample ?? true,
      now: options.now ?? "2026-03-02T09:00:00",
    });
    if (!r.ok) throw new Error(r.error.message);
    fake.calls.length = 0;
    return fake;
  }

  // ---- test hooks -------------------------------------------------------------------------------

  failNext(method: Method, error: ProcsheetError): void {
    this.failures.set(method, error);
  }

  /** Holds every sync before it computes until the returned function is called. */
  holdSyncs(): () => void {
    let release: () => void = () => undefined;
    this.hold = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.hold = undefined;
      release();
    };
  }

  binding(processId: string): ProcessBinding {
    return this.reg(processId).binding;
  }

  rows(processId: string): readonly RuleRow[] {
    return this.reg(processId).rows;
  }

  history(processId: string): readonly HistoryEvent[] {
    return this.reg(processId).history;
  }

  addHistory(processId: string, events: readonly HistoryEvent[]): void {
    this.reg(processId).history.push(...events);
  }

  /** The person moves the cursor to row `index` of the register (undefined: outside it). */
  selectRow(processId: string, index: number | undefined): void {
    const reg = this.reg(processId);
    reg.selection = index;
    for (const w of reg.selectionWatchers) w(this.rowAt(reg, index));
  }

  /** The person types into a cell; a status edit is seen by change tracking when it is watching. */
  /** The last sync stopped part-way, as when the pane was closed mid-write (the real journal says "writing"). */
  interruptLastSync(processId: string): void {
    const journal = this.reg(processId).journal;
    if (!journal) throw new Error("no sync to interrupt");
    journal.interrupted = true;
  }

  editCell(processId: string, caseId: string, key: string, value: RuleValue | undefined): void {
    const reg = this.reg(processId);
    reg.rows = reg.rows.map((r) => {
      if (r.id !== caseId) return r;
      const { [key]: _old, ...rest } = r;
      return value === undefined ? rest : { ...rest, [key]: value };
    });
    if (key !== "status") return;
    for (const w of reg.watchers) {
      const events = statusChanges(reg.snapshot, reg.rows, w.clock(), w.by);
      this.record(reg, events);
      w.onEvents(events);
    }
  }

  // ---- ProcsheetExcel ---------------------------------------------------------------------------

  readonly displayLanguage = (): Lang => this.options.lang ?? "en";

  readonly inspectWorkbook = async (): Promise<Result<WorkbookInfo, ProcsheetError>> =>
    this.call("inspectWorkbook", () =>
      ok({
        processes: [...this.registers.values()].map((r) => r.binding),
        ...(this.activeId ? { activeProcessId: this.activeId } : {}),
        missing: this.options.missing ?? [],
      }),
    );

  readonly createRegister: ProcsheetExcel["createRegister"] = async (definition, options) =>
    this.call("createRegister", () => {
      const compiled = compile(definition);
      if (!compiled.ok) return compiled;
      if (this.registers.has(definition.id))
        return fail({
          code: "DEFINITION",
          message: `This workbook already has a process "${definition.id}". Duplicate it with a new id.`,
        });
      const prefix = compiled.value.idPrefix;
      const rows = options.sample ? (definition.sample ?? []).map((r) => ({ ...r })) : [];
      return ok(this.add(definition, options.lang, options.now, `${prefix}Register`, rows));
    });

  readonly inspectSheet: ProcsheetExcel["inspectSheet"] = async () =>
    this.call("inspectSheet", () =>
      this.options.preview
        ? ok(this.options.preview)
        : fail({ code: "SHEET_SHAPE", message: "The sheet has no data to adopt. Select the table first." }),
    );

  readonly adoptSheet: ProcsheetExcel["adoptSheet"] = async (definition, preview, options) =>
    this.call("adoptSheet", () => {
      const compiled = compile(definition);
      if (!compiled.ok) return compiled;
      const rows: RuleRow[] = Array.from({ length: preview.rowCount }, () => ({}));
      const b = this.add(definition, options.lang, options.now, preview.tableName ?? "Adopted", rows);
      const binding: ProcessBinding = { ...b, columnOverrides: { ...options.columns } };
      this.reg(definition.id).binding = binding;
      return ok(binding);
    });

  readonly saveDefinition: ProcsheetExcel["saveDefinition"] = async (binding, definition, now) =>
    this.call("saveDefinition", () => {
      const compiled = compile(definition);
      if (!compiled.ok) return compiled;
      const reg = this.reg(binding.id);
      const old = reg.binding;
      reg.binding = {
        ...old,
        definition,
        version: old.version + 1,
        versions: [
          { version: old.version, savedAt: now, definition: old.definition },
          ...(old.versions ?? []),
        ],
      };
      return ok(reg.binding);
    });

  readonly upgradeProcess: ProcsheetExcel["upgradeProcess"] = async (binding, definition, now) =>
    this.call("upgradeProcess", () => {
      const compiled = compile(definition);
      if (!compiled.ok) return compiled;
      const reg = this.reg(binding.id);
      const old = reg.binding;
      const version = definition.version ?? 1;
      if (version <= old.version)
        return fail({ code: "DEFINITION", message: `Version ${version} is not newer than ${old.version}.` });
      reg.binding = {
        ...old,
        definition,
        version,
        boundAt: now,
        versions: [
          { version: old.version, savedAt: old.boundAt, definition: old.definition },
          ...(old.versions ?? []),
        ],
      };
      return ok(reg.binding);
    });

  readonly removeProcess: ProcsheetExcel["removeProcess"] = async (processId) =>
    this.call("removeProcess", () => {
      this.registers.delete(processId);
      return ok(undefined);
    });

  readonly sync = async (req: SyncRequest): Promise<Result<SyncReport, ProcsheetError>> => {
    this.calls.push("sync");
    const failure = this.take("sync");
    if (failure) return fail(failure);
    return syncRegister(this.reg(req.binding.id), req, {
      checkpointEvery: this.options.checkpointEvery ?? 2000,
      hold: this.hold,
    });
  };

  readonly lastSync: ProcsheetExcel["lastSync"] = async (binding) =>
    this.call("lastSync", () => ok(lastSyncOf(this.reg(binding.id))));

  readonly undoLastSync: ProcsheetExcel["undoLastSync"] = async (binding, now, me) =>
    this.call("undoLastSync", () => undoRegister(this.reg(binding.id), now, me));

  readonly reconcileStatuses: ProcsheetExcel["reconcileStatuses"] = async (binding, now, by) =>
    this.call("reconcileStatuses", () => {
      const reg = this.reg(binding.id);
      const events = statusChanges(reg.snapshot, reg.rows, now, by);
      this.record(reg, events);
      return ok(events);
    });

  readonly watchRegister: ProcsheetExcel["watchRegister"] = async (binding, clock, onEvents, by) => {
    this.calls.push("watchRegister");
    const reg = this.reg(binding.id);
    const watcher: Watcher = { clock, onEvents, ...(by ? { by } : {}) };
    reg.watchers.add(watcher);
    return async () => void reg.watchers.delete(watcher);
  };

  readonly applyStatusFormats: ProcsheetExcel["applyStatusFormats"] = async (binding) =>
    this.call("applyStatusFormats", (): Result<FormatReport, ProcsheetError> => {
      const reg = this.reg(binding.id);
      const report = reg.formatsApplied
        ? { rulesAdded: 9, rulesKept: 0, notes: [] }
        : { rulesAdded: 9, rulesKept: 0, notes: ["formats.ageColumnAdded"] };
      reg.formatsApplied = true;
      return ok(report);
    });

  readonly applyView: ProcsheetExcel["applyView"] = async (binding, view) =>
    this.call("applyView", () =>
      ok({ visibleRows: this.reg(binding.id).rows.filter((r) => visible(r, view)).length }),
    );

  readonly myWork: ProcsheetExcel["myWork"] = async (binding, me) =>
    this.call("myWork", () => ok(workItems(this.reg(binding.id), me)));

  readonly setCaseStatus: ProcsheetExcel["setCaseStatus"] = async (binding, caseId, status, by, now) =>
    this.call("setCaseStatus", (): Result<void, ProcsheetError> => {
      const reg = this.reg(binding.id);
      const row = reg.rows.find((r) => r.id === caseId);
      if (!row)
        return fail({
          code: "DATA",
          message: `The case ${caseId} is no longer in the register.`,
          rowId: caseId,
        });
      reg.rows = reg.rows.map((r) => (r === row ? { ...r, status } : r));
      const event: ProcessEvent = {
        caseId,
        at: now,
        type: "status",
        step: String(row.step ?? ""),
        status,
        ...(typeof row.owner === "string" ? { owner: row.owner } : {}),
        by,
      };
      this.record(reg, [event]);
      reg.snapshot = snapshot(reg.rows);
      return ok(undefined);
    });

  readonly selectedRow: ProcsheetExcel["selectedRow"] = async (binding) =>
    this.call("selectedRow", () => {
      const reg = this.reg(binding.id);
      return ok(this.rowAt(reg, reg.selection));
    });

  readonly watchSelection: ProcsheetExcel["watchSelection"] = async (binding, onRow) => {
    this.calls.push("watchSelection");
    const reg = this.reg(binding.id);
    reg.selectionWatchers.add(onRow);
    return async () => void reg.selectionWatchers.delete(onRow);
  };

  readonly readHistory: ProcsheetExcel["readHistory"] = async (binding) =>
    this.call("readHistory", () => ok([...this.reg(binding.id).history]));

  readonly buildCharts: ProcsheetExcel["buildCharts"] = async (_binding, _now, lang) =>
    this.call("buildCharts", (): Result<ChartReport, ProcsheetError> =>
      ok({
        sheetName: lang === "zh-CN" ? "分析" : "Analysis",
        charts: ["Cycle time", "Throughput", "Work in progress"],
        notes: [],
      }),
    );

  // ---- internals --------------------------------------------------------------------------------

  private async call<T>(
    method: Method,
    body: () => Result<T, ProcsheetError>,
  ): Promise<Result<T, ProcsheetError>> {
    this.calls.push(method);
    await Promise.resolve(); // asynchronous like Excel.run
    const failure = this.take(method);
    return failure ? fail(failure) : body();
  }

  private take(method: Method): ProcsheetError | undefined {
    const f = this.failures.get(method);
    this.failures.delete(method);
    return f;
  }

  private reg(processId: string): Register {
    const r = this.registers.get(processId);
    if (!r) throw new Error(`FakeExcel: no process "${processId}"`);
    return r;
  }

  private rowAt(reg: Register, index: number | undefined): RuleRow | undefined {
    return index === undefined ? undefined : reg.rows[index];
  }

  private record(reg: Register, events: readonly ProcessEvent[]): void {
    record(reg, events);
  }

  private add(
    definition: ProcessDefinition,
    lang: Lang,
    now: string,
    table: string,
    rows: RuleRow[],
  ): ProcessBinding {
    const binding: ProcessBinding = {
      id: definition.id,
      definition,
      version: 1,
      tableName: table,
      historyTableName: `${table}History`,
      lang,
      boundAt: now,
    };
    this.registers.set(definition.id, newRegister(binding, rows));
    this.activeId = definition.id;
    return binding;
  }
}
