import type { LastSync } from "./sync/last-sync";
import type { ProcessDefinition, RuleRow } from "../core/definition/types";
import type { Lang } from "../words/lang";
import type { Status } from "../core/register/status";
import type { ProcsheetError, Result } from "../core/result";
import type { RuleHost } from "../core/rules/evaluator";
import type { ProcessEvent } from "../core/sync/events";
import type { ProcessBinding } from "../workbook/binding";
import type { SyncReport, SyncRequest } from "./sync/run-sync";
import type { UndoReport } from "./sync/undo";

import type { HistoryEvent } from "../workbook/history/history-event";
import type { Automation, AutomationOptions } from "./automation/automation";
import type { OpenWithWorkbook } from "./automation/open-with-workbook";
import type { NewCase } from "./new-case";
import type { RoutingIdentity } from "./sync/run-sync";
import type { LogSheetReport } from "./learn/log-sheet";
import type { Past } from "./learn/read-past";
import type { SelfCheckOptions, SelfCheckReport } from "./diagnostics/run-self-check";
import type { OutboxEntry } from "./outbox/outbox-sheet";
import type { PeopleRead } from "./people/people-read";

// The pane and the ribbon commands see the Excel layer through this file only (lint-enforced): the types of
// every answer it gives are re-exported here.
export type { HistoryEvent } from "../workbook/history/history-event";
export type { LastSync } from "./sync/last-sync";
export type { MovedCase, SyncProgress, SyncReport, SyncRequest } from "./sync/run-sync";
export type { UndoConflict, UndoReport } from "./sync/undo";
export type { RoutingIdentity } from "./sync/run-sync";
export type { Automation, AutomationEvent, AutomationOptions } from "./automation/automation";
export type { RouterStanding } from "./automation/router";
export type { OpenWithWorkbook } from "./automation/open-with-workbook";
export type { NewCase } from "./new-case";
export type { LogSheetReport } from "./learn/log-sheet";
export type { Past } from "./learn/read-past";
export type { RegisterCase } from "../core/backtest/backtest";
export type { CheckResult, SelfCheckOptions, SelfCheckReport } from "./diagnostics/run-self-check";
export type { CheckStatus } from "./diagnostics/self-check";
export type { RemindReport } from "./reminders/remind";
export type { OutboxEntry } from "./outbox/outbox-sheet";
export type { PeopleRead } from "./people/people-read";

/** Office's themes (File > Account > Office Theme). */
export type OfficeThemeName = "colorful" | "darkGray" | "black" | "white";

/**
 * The Office theme as the pane should look in it (Office.context.officeTheme): its four colours as
 * `#RRGGBB`, whether it is dark, and which theme it is when Office says.
 */
export interface OfficeLook {
  readonly name?: OfficeThemeName;
  readonly dark: boolean;
  readonly bodyBackground: string;
  readonly bodyForeground: string;
  readonly controlBackground: string;
  readonly controlForeground: string;
}

/** What the workbook holds for the pane when it opens. */
export interface WorkbookInfo {
  readonly processes: readonly ProcessBinding[];
  /** The process whose register holds the active cell, if any. */
  readonly activeProcessId?: string;
}

/** A guess at how an existing sheet becomes a register, shown to the person before anything changes. */
export interface AdoptPreview {
  readonly sheetName: string;
  /** Address of the header row + data, e.g. "Sheet1!A3:H120". */
  readonly address: string;
  /** Name of the table the data already is, if it is one. */
  readonly tableName?: string;
  readonly headers: readonly string[];
  /** Per header: the key guessed for it (or undefined: left alone). */
  readonly guesses: readonly (string | undefined)[];
  readonly rowCount: number;
  readonly rowsWithoutId: number;
  /** System columns that will be added at the right. */
  readonly columnsToAdd: readonly string[];
  /** Blocking problems naming the cells (merged cells, blank or duplicate headers, another table in the way). */
  readonly problems: readonly ProcsheetError[];
  /** The language the headers are written in; added headers use it unless the person picks another. */
  readonly lang?: Lang;
  /** What Excel could not say, e.g. "mergedCellsNotChecked" (it lists at most 512 merged areas). */
  readonly notes?: readonly string[];
}

export type ViewKind =
  | { readonly kind: "all" }
  | { readonly kind: "mine"; readonly me: string }
  | { readonly kind: "open" }
  | { readonly kind: "overdue"; readonly today: string }
  | { readonly kind: "step"; readonly step: string }
  | { readonly kind: "owner"; readonly owner: string };

/** One of my cases in "my work", oldest in its step first. */
export interface WorkItem {
  readonly id: string;
  readonly step: string;
  readonly status: Status;
  readonly due?: string;
  readonly stepStarted?: string;
  readonly row: RuleRow;
}

export interface FormatReport {
  readonly rulesAdded: number;
  readonly rulesKept: number;
  readonly notes: readonly string[];
}

/** What saving an edited process would do to its register, shown before the save. */
export interface SavePreview {
  /** The process as the workbook holds it now (the diff is shown against it). */
  readonly before: ProcessDefinition;
  readonly added: readonly string[];
  readonly renamed: readonly { readonly before: string; readonly after: string }[];
  readonly left: readonly string[];
  /** Step cells rewritten because their step was renamed. */
  readonly stepCells: number;
  /** Why the save would be refused (a deleted step that still has open cases). */
  readonly refused?: ProcsheetError;
}

/** The map drawn on a sheet: where, and how many boxes (steps and the end) and arrows. */
export interface MapReport {
  readonly sheetName: string;
  readonly boxes: number;
  readonly arrows: number;
}

export interface ChartReport {
  readonly sheetName: string;
  /** Chart titles as shown on the sheet (in the user's language). */
  readonly charts: readonly string[];
  readonly notes: readonly string[];
}

/**
 * The one typed surface through which the task pane and the ribbon commands reach the workbook
 * (docs/architecture.md §4: "the UI reaches the core through one typed command surface"). The pane receives an
 * implementation through React context: its tests and the workbench run the real one over the simulated
 * workbook (test/excel-sim).
 */
export interface ProcsheetExcel {
  readonly displayLanguage: () => Lang;
  /**
   * Office's display language as its full tag (`en-GB`, `de-DE`, `zh-TW`): dates and numbers follow it,
   * while the words follow displayLanguage (the languages we ship).
   */
  readonly displayLocale: () => string;
  /** Office's theme, or undefined outside Office or where Office gives none. */
  readonly officeLook: () => OfficeLook | undefined;
  readonly inspectWorkbook: () => Promise<Result<WorkbookInfo, ProcsheetError>>;
  readonly createRegister: (
    definition: ProcessDefinition,
    /** `automatic`: route as people edit (docs/specification.md §3.12); on unless false. */
    options: { lang: Lang; sample: boolean; now: string; automatic?: boolean },
  ) => Promise<Result<ProcessBinding, ProcsheetError>>;
  /** The column guesses need the process the sheet is to run. */
  readonly inspectSheet: (
    source: "selection" | "used",
    definition: ProcessDefinition,
  ) => Promise<Result<AdoptPreview, ProcsheetError>>;
  readonly adoptSheet: (
    definition: ProcessDefinition,
    preview: AdoptPreview,
    options: { lang: Lang; columns: Readonly<Record<string, string>>; now: string },
  ) => Promise<Result<ProcessBinding, ProcsheetError>>;
  /** Saves an edited definition: version + 1, the old one kept in the binding's history. */
  readonly saveDefinition: (
    binding: ProcessBinding,
    definition: ProcessDefinition,
    now: string,
  ) => Promise<Result<ProcessBinding, ProcsheetError>>;
  /** What saving would do to the register (nothing is written), or why it would be refused. */
  readonly previewSave: (
    binding: ProcessBinding,
    definition: ProcessDefinition,
  ) => Promise<Result<SavePreview, ProcsheetError>>;
  /**
   * Replaces the process by a newer version from the organisation's catalogue: the version becomes the
   * catalogue's (not + 1) and the old definition is kept in the binding's history.
   */
  readonly upgradeProcess: (
    binding: ProcessBinding,
    definition: ProcessDefinition,
    now: string,
  ) => Promise<Result<ProcessBinding, ProcsheetError>>;
  readonly removeProcess: (processId: string) => Promise<Result<void, ProcsheetError>>;

  readonly sync: (request: SyncRequest) => Promise<Result<SyncReport, ProcsheetError>>;
  /** The last sync as the workbook remembers it (undefined before the first). */
  readonly lastSync: (binding: ProcessBinding) => Promise<Result<LastSync | undefined, ProcsheetError>>;
  readonly undoLastSync: (
    binding: ProcessBinding,
    now: string,
    me?: string,
  ) => Promise<Result<UndoReport, ProcsheetError>>;
  readonly reconcileStatuses: (
    binding: ProcessBinding,
    now: string,
    by?: string,
  ) => Promise<Result<readonly ProcessEvent[], ProcsheetError>>;
  readonly watchRegister: (
    binding: ProcessBinding,
    clock: () => string,
    onEvents: (events: readonly ProcessEvent[]) => void,
    by?: string,
  ) => Promise<() => Promise<void>>;

  readonly applyStatusFormats: (binding: ProcessBinding) => Promise<Result<FormatReport, ProcsheetError>>;
  readonly applyView: (
    binding: ProcessBinding,
    view: ViewKind,
  ) => Promise<Result<{ readonly visibleRows: number }, ProcsheetError>>;
  readonly myWork: (
    binding: ProcessBinding,
    me: string,
  ) => Promise<Result<readonly WorkItem[], ProcsheetError>>;
  /** "Start", "Block", "Finish" in my work: sets one case's status (change tracking records it). */
  readonly setCaseStatus: (
    binding: ProcessBinding,
    caseId: string,
    status: Status,
    by: string,
    now: string,
  ) => Promise<Result<void, ProcsheetError>>;
  /** The register row under the cursor, in the rules' view (for the live rule editor and "add as test"). */
  readonly selectedRow: (binding: ProcessBinding) => Promise<Result<RuleRow | undefined, ProcsheetError>>;
  /** Calls back when the selection moves inside the register (ExcelApi 1.7 onSelectionChanged). */
  readonly watchSelection: (
    binding: ProcessBinding,
    onRow: (row: RuleRow | undefined) => void,
  ) => Promise<() => Promise<void>>;

  readonly readHistory: (binding: ProcessBinding) => Promise<Result<readonly HistoryEvent[], ProcsheetError>>;

  /** Automatic routing in this runtime, for every process that has it on (docs/specification.md §3.12). */
  readonly startAutomation: (options: AutomationOptions) => Promise<Automation>;
  readonly setAutomatic: (
    binding: ProcessBinding,
    on: boolean,
  ) => Promise<Result<ProcessBinding, ProcsheetError>>;
  readonly openWithWorkbook: () => Promise<Result<OpenWithWorkbook, ProcsheetError>>;
  readonly setOpenWithWorkbook: (
    change: Partial<Record<keyof OpenWithWorkbook, boolean>>,
  ) => Promise<Result<OpenWithWorkbook, ProcsheetError>>;
  /** The New case form: a row below the register, routed at once (by this Excel, or the lease holder's). */
  readonly addCase: (
    binding: ProcessBinding,
    values: RuleRow,
    now: string,
    routing?: RoutingIdentity,
  ) => Promise<Result<NewCase, ProcsheetError>>;
  /** Selects a case's row in the register; false when no row has that ID. */
  readonly selectCase: (binding: ProcessBinding, caseId: string) => Promise<Result<boolean, ProcsheetError>>;
  /** Draws the process's map on a sheet of its own with shapes (ExcelApi 1.9); a clear error below. */
  readonly drawMap: (binding: ProcessBinding) => Promise<Result<MapReport, ProcsheetError>>;
  /**
   * History and the register's cases (each in the rules' view, or why its row cannot be read), in one go:
   * for the analysis (work in progress from the register), "Try on past cases" and the log export.
   */
  readonly readPast: (binding: ProcessBinding) => Promise<Result<Past, ProcsheetError>>;
  /** The log (one row per step visit, the register's fields beside it) as a new sheet in the workbook. */
  readonly writeLogSheet: (
    binding: ProcessBinding,
    lang: Lang,
  ) => Promise<Result<LogSheetReport, ProcsheetError>>;
  readonly buildCharts: (
    binding: ProcessBinding,
    now: string,
    lang: Lang,
  ) => Promise<Result<ChartReport, ProcsheetError>>;

  /**
   * The self-check: each behaviour the simulation assumes, tried in this Excel on scratch sheets that are
   * removed again (nothing of the workbook changes), with the host and its requirement sets.
   */
  readonly runSelfCheck: (options?: Pick<SelfCheckOptions, "onProgress">) => Promise<SelfCheckReport>;

  /** The process's Outbox (docs/notifications.md): every message, pending, sent or failed, in table order. */
  readonly readOutbox: (binding: ProcessBinding) => Promise<Result<readonly OutboxEntry[], ProcsheetError>>;
  /** Marks pending Outbox messages sent by their keys (mailed by the person); how many were marked. */
  readonly markOutboxSent: (
    binding: ProcessBinding,
    keys: readonly string[],
  ) => Promise<Result<number, ProcsheetError>>;
  /** The workbook's People (docs/specification.md §8.2): its rows, or its problems; nothing where it has none. */
  readonly readPeople: () => Promise<Result<PeopleRead, ProcsheetError>>;
  /** Opens a `mailto:` draft in the person's mail app; false where this host cannot open it. */
  readonly openMailDraft: (url: string) => Promise<boolean>;

  /**
   * Where the pane's own rule evaluations (the rules editor's live row, rule tests) run rules outside the
   * fast path: this runtime's rule worker, with its hard time limit (docs/specification.md §3.8); undefined
   * where there is no Worker (then on the pane's thread). Optional: a surface without it runs them here.
   */
  readonly ruleHost?: () => Promise<RuleHost | undefined>;
}
