/**
 * installExcelSimulation(): sets the `Excel`, `Office` and `OfficeExtension` globals to a simulated Excel
 * and returns a handle with instruments, fault injection, co-author/user actions and snapshots.
 * Runs the same in jest and in a browser page (no Node APIs here).
 *
 * The globals themselves are built in globals.ts; several clients on one workbook: coauthoring.ts (Node only).
 */
import { parseLocalRange } from "./address";
import { CoAuthor, UserActions } from "./actions";
import { evaluateConditionalFormats } from "./conditional-formats";
import type { CellAppearance } from "./conditional-formats";
import { ErrorCode, officeError, SimOfficeError, SimulationLimitError } from "./errors";
import { makeGlobals } from "./globals";
import type { SimulationGlobals } from "./globals";
import { READ_CELL_LIMIT } from "./instruments";
import { SimHost } from "./host";
import type { ChangeCause, ChangeObserver, HostConfig } from "./host";
import { WorkbookModel } from "./model/workbook-model";
import type { OfficeThemeName } from "./office-theme";
import type { RangeRef } from "./model/workbook-model";
import { SimDocumentSettings } from "./office-document";
import { makeRangeRef, RangeProxy, rectFromAddress } from "./range";
import { SimRequestContext } from "./request-context";
import { DEFAULT_OTHER_SETS } from "./requirement-sets";
import type { ApiVersion } from "./requirement-sets";
import { dumpWorkbook, loadWorkbook, snapshotWorkbook } from "./snapshot";
import type { WorkbookJson, WorkbookSnapshot } from "./snapshot";
import { ApplicationProxy, RuntimeProxy, WorkbookProxy } from "./workbook";

export interface SimulationOptions {
  /** Highest ExcelApi requirement set of the simulated Excel (default "1.17", Office 2024). */
  apiVersion?: ApiVersion;
  /** "web" (default) enforces the 5 MB request/response limits of Excel on the web. */
  platform?: "web" | "desktop";
  /** Override the payload limits independently of the platform. */
  payloadLimits?: boolean;
  displayLanguage?: string;
  contentLanguage?: string;
  /** Office's theme, for Office.context.officeTheme (default "colorful", Office's default). */
  officeTheme?: OfficeThemeName;
  /** Other requirement sets isSetSupported should report (name -> highest version). */
  otherSets?: Record<string, string>;
  /** Start from a dumped workbook; otherwise one empty sheet named "Sheet1". */
  workbook?: WorkbookJson;
  /** Sheets to create when no workbook is given. */
  sheets?: string[];
  /** Calibration switch: whether a Text ("@") number format stops `=`/`+`/`-`/`@` formula parsing (default false: stricter). */
  textFormatBlocksFormulas?: boolean;
  /**
   * Cells above which a read gives null instead of values (default 5,000,000, as documented). A test may
   * lower it — never raise it — to drive the path large registers take.
   */
  readCellLimit?: number;
  /** Where to install the globals (default globalThis). */
  target?: object;
  /**
   * Pins Excel's TODAY() and NOW() to this wall-clock time (`YYYY-MM-DDTHH:mm:ss`, local), in cell formulas
   * and conditional formats alike: the workbench's `?now=` pins them with the pane's clock.
   */
  now?: string;
}

export interface ExcelSimulation {
  readonly host: SimHost;
  readonly model: WorkbookModel;
  /** Counters: syncs, operations, cellsWritten, cellsRead, requestBytes, maxRequestBytes. */
  counters(): ReturnType<SimHost["instruments"]["snapshot"]>;
  resetCounters(): void;
  /** Fails the operation with 0-based index `index` of the next batch (operations before it are applied). */
  failAt(index: number, code: string, message?: string): void;
  setCellEditMode(on: boolean): void;
  /** Co-author actions applied now (source "Remote"). */
  readonly coauthor: CoAuthor;
  /** Schedules a co-author action to run right before the next batch executes ("between two syncs"). */
  betweenSyncs(action: (coauthor: CoAuthor) => void): void;
  /** A person typing one value into one cell; returns false when data validation rejects it. */
  setCellByUser(sheet: string, address: string, value: string | number | boolean): boolean;
  readonly user: UserActions;
  snapshot(): WorkbookSnapshot;
  dump(): WorkbookJson;
  load(json: WorkbookJson): void;
  /** Which conditional formats apply to a cell (for the workbench grid). */
  cellAppearance(sheet: string, address: string): CellAppearance;
  /** Resolves when every event fired so far has been handled. */
  settle(): Promise<void>;
  /**
   * Calls `observer` after every batch the add-in runs (a failed one too) and every user or co-author
   * action, once it is applied (for the workbench grid). Returns a function that stops the calls.
   */
  onAfterChange(observer: ChangeObserver): () => void;
  setApiVersion(version: ApiVersion): void;
  uninstall(): void;
}

/**
 * A simulated Excel and the globals it would install, without installing them (coauthoring.ts routes
 * several of these behind one set of globals). `sim.uninstall()` here only releases the simulation.
 */
export function createExcelSimulation(options: SimulationOptions = {}): {
  sim: ExcelSimulation;
  globals: SimulationGlobals;
} {
  const platform = options.platform ?? "web";
  const config: HostConfig = {
    apiVersion: options.apiVersion ?? "1.17",
    platform,
    payloadLimits: options.payloadLimits ?? platform === "web",
    displayLanguage: options.displayLanguage ?? "en-US",
    contentLanguage: options.contentLanguage ?? options.displayLanguage ?? "en-US",
    officeTheme: options.officeTheme ?? "colorful",
    otherSets: { ...DEFAULT_OTHER_SETS, ...(options.otherSets ?? {}) },
    readCellLimit: Math.min(options.readCellLimit ?? READ_CELL_LIMIT, READ_CELL_LIMIT),
  };
  const model = new WorkbookModel({ textFormatBlocksFormulas: options.textFormatBlocksFormulas ?? false });
  if (options.now) model.engine.pinClock(options.now);
  if (options.workbook) loadWorkbook(model, options.workbook);
  else for (const name of options.sheets ?? ["Sheet1"]) model.addSheet(name);
  model.changes = [];
  const host = new SimHost(config, model);
  host.contextClass = () => SimRequestContext;
  host.factory = {
    workbook: (ctx) =>
      new WorkbookProxy(ctx, {
        resolve: () => model,
        statement: "context.workbook",
        location: "Workbook",
        stable: true,
      }),
    application: (ctx) =>
      new ApplicationProxy(ctx, {
        resolve: () => model,
        statement: "context.workbook.application",
        location: "Application",
        stable: true,
      }),
    runtime: (ctx) =>
      new RuntimeProxy(ctx, {
        resolve: () => model,
        statement: "context.runtime",
        location: "Runtime",
        stable: true,
      }),
    rangeFor: (ctx, sheetId, address) =>
      new RangeProxy(ctx, {
        resolve: () => {
          const sheet = model.sheetById(sheetId);
          if (!sheet) throw officeError(ErrorCode.itemNotFound, "WorksheetChangedEventArgs.getRange");
          return makeRangeRef(
            model,
            sheetId,
            rectFromAddress(sheet, address, "WorksheetChangedEventArgs.getRange"),
          );
        },
        statement: "eventArgs.getRange(context)",
        location: "WorksheetChangedEventArgs.getRange",
      }),
  };

  const settings = new SimDocumentSettings(() => model);
  const globals = makeGlobals(host, settings);
  const coauthor = new CoAuthor(host);
  const user = new UserActions(host);

  const sim: ExcelSimulation = {
    host,
    model,
    counters: () => host.instruments.snapshot(),
    resetCounters: () => host.instruments.reset(),
    failAt: (index, code, message) => {
      host.nextFailure = message === undefined ? { index, code } : { index, code, message };
    },
    setCellEditMode: (on) => host.setCellEditMode(on),
    coauthor,
    betweenSyncs: (action) => {
      host.beforeNextBatch.push(() => action(coauthor));
    },
    setCellByUser: (sheet, address, value) => user.setCellByUser(sheet, address, value),
    user,
    snapshot: () => snapshotWorkbook(model),
    dump: () => dumpWorkbook(model),
    load: (json) => {
      loadWorkbook(model, json);
      // The add-in's in-memory settings start again from the document, as when it is reopened.
      settings.reload();
    },
    cellAppearance: (sheetName, address) => {
      const sheet = model.sheetByName(sheetName);
      const r = parseLocalRange(address);
      if (!sheet || !r) throw new Error(`excel-sim: no cell ${sheetName}!${address}`);
      return evaluateConditionalFormats(model, sheet, r.top, r.left);
    },
    settle: () => host.events.settle(),
    onAfterChange: (observer) => host.observe(observer),
    setApiVersion: (v) => {
      host.config.apiVersion = v;
    },
    uninstall: () => {
      host.events.clear();
      model.engine.dispose();
    },
  };
  return { sim, globals };
}

/**
 * Sets the `Excel`, `Office` and `OfficeExtension` globals of `options.target` (default globalThis) to a
 * new simulated Excel; `uninstall()` puts back what was there.
 */
export function installExcelSimulation(options: SimulationOptions = {}): ExcelSimulation {
  const { sim, globals } = createExcelSimulation(options);
  const target = (options.target ?? globalThis) as Record<string, unknown>;
  const previous = {
    Excel: target["Excel"],
    Office: target["Office"],
    OfficeExtension: target["OfficeExtension"],
  };
  target["Excel"] = globals.Excel;
  target["Office"] = globals.Office;
  target["OfficeExtension"] = globals.OfficeExtension;
  const dispose = sim.uninstall;
  return {
    ...sim,
    uninstall: () => {
      target["Excel"] = previous.Excel;
      target["Office"] = previous.Office;
      target["OfficeExtension"] = previous.OfficeExtension;
      dispose();
    },
  };
}

export { SimOfficeError, SimulationLimitError };
export type {
  WorkbookJson,
  WorkbookSnapshot,
  CellAppearance,
  RangeRef,
  ChangeCause,
  ChangeObserver,
  SimulationGlobals,
};
