/**
 * The running simulation: the workbook model, configuration (ExcelApi version, platform limits), the
 * instruments, event hub and the batch executor that every context.sync() goes through.
 */
import { SimRibbon } from "./ribbon";
import type { OfficeThemeName } from "./office-theme";
import { ErrorCode, officeError } from "./errors";
import type { SimOfficeError } from "./errors";
import { EventHub } from "./events";
import type { EmitContext } from "./events";
import { FIVE_MB, Instruments } from "./instruments";
import type { ChangeRecord, WorkbookModel } from "./model/workbook-model";
import { jsonSize } from "./request-context";
import type { SimObject, SimRequestContext } from "./request-context";
import { requiredVersion, versionAtLeast } from "./requirement-sets";
import type { ApiVersion } from "./requirement-sets";

export interface HostConfig {
  apiVersion: ApiVersion;
  /** "web" enforces the 5 MB request/response limits (Excel on the web). */
  platform: "web" | "desktop";
  payloadLimits: boolean;
  displayLanguage: string;
  contentLanguage: string;
  /** Office's theme (File > Account > Office Theme), for Office.context.officeTheme. */
  officeTheme: OfficeThemeName;
  otherSets: Record<string, string>;
  /** Above this many cells a read gives null (the docs' 5 million); lower it to reach that path in tests. */
  readCellLimit: number;
}

export interface ProxyFactory {
  workbook(ctx: SimRequestContext): SimObject;
  application(ctx: SimRequestContext): SimObject;
  runtime(ctx: SimRequestContext): SimObject;
  rangeFor(ctx: SimRequestContext, sheetId: string, address: string): SimObject;
}

type QueuedOps = Parameters<SimRequestContext["_runOps"]>[0];

/** What just touched the workbook: a batch of this add-in, a person at this Excel, or a co-author. */
export type ChangeCause = "batch" | "user" | "coauthor";
export type ChangeObserver = (cause: ChangeCause) => void;

export class SimHost {
  readonly model: WorkbookModel;
  readonly instruments = new Instruments();
  readonly events = new EventHub();
  /** Ribbon buttons' functions and the pane's visibility (ribbon.ts). */
  readonly ribbon = new SimRibbon(() => this.config);
  config: HostConfig;
  factory!: ProxyFactory;
  cellEditMode = false;
  private editWaiters: (() => void)[] = [];
  nextFailure: { index: number; code: string; message?: string } | undefined;
  /** Co-author actions to run right before the next batch executes. */
  beforeNextBatch: (() => void)[] = [];
  /** Batches currently waiting for cell edit mode to end (delayForCellEdit). */
  waitingForEdit = 0;
  private readonly observers = new Set<ChangeObserver>();
  /**
   * Hears every change made here by this add-in or this person (source Local) before its events are
   * queued: a co-authoring client sends it to the server from here (coauthoring.ts).
   */
  onLocalChange: ((changes: readonly ChangeRecord[]) => void) | undefined;

  constructor(config: HostConfig, model: WorkbookModel) {
    this.config = config;
    this.model = model;
  }

  hasApi(member: string): boolean {
    return versionAtLeast(this.config.apiVersion, requiredVersion(member));
  }

  /** Members above the configured ExcelApi version fail with ApiNotFound, as in that Excel. */
  requireApi(member: string, location: string): void {
    if (!this.hasApi(member)) {
      throw officeError(
        ErrorCode.apiNotFound,
        location,
        `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${member} needs ExcelApi ${requiredVersion(member)}; this Excel has ${this.config.apiVersion})`,
      );
    }
  }

  setCellEditMode(on: boolean): void {
    this.cellEditMode = on;
    if (!on) {
      const waiters = this.editWaiters;
      this.editWaiters = [];
      waiters.forEach((w) => w());
    }
  }

  /**
   * Excel.run({delayForCellEdit}): without it a batch fails while the user edits a cell; with it, the
   * batch waits. https://learn.microsoft.com/javascript/api/excel/excel.runoptions
   */
  private async awaitEditMode(ctx: SimRequestContext): Promise<void> {
    while (this.cellEditMode) {
      if (!ctx._delayForCellEdit) throw officeError(ErrorCode.invalidOperationInCellEditMode);
      this.waitingForEdit++;
      await new Promise<void>((r) => this.editWaiters.push(r));
      this.waitingForEdit--;
    }
  }

  async executeBatch(ctx: SimRequestContext, ops: QueuedOps, _objects: Set<SimObject>): Promise<void> {
    this.instruments.syncs++;
    this.instruments.operations += ops.length;
    const bytes = jsonSize(ops.map((o) => [o.statement, o.payload]));
    this.instruments.requestBytes.push(bytes);
    // A round trip: the batch runs asynchronously, after the caller's synchronous code.
    await Promise.resolve();
    await this.awaitEditMode(ctx);
    this.runCoauthorActions();
    if (this.config.payloadLimits && bytes > FIVE_MB) {
      // The whole request is rejected before anything runs.
      throw officeError(ErrorCode.requestPayloadSizeLimitExceeded);
    }
    const failAt = this.nextFailure;
    this.nextFailure = undefined;
    this.model.changes = [];
    const responseBefore = this.instruments.responseBytes;
    let error: SimOfficeError | undefined;
    try {
      error = ctx._runOps(ops, failAt, () =>
        this.config.payloadLimits && this.instruments.responseBytes - responseBefore > FIVE_MB
          ? officeError(ErrorCode.responsePayloadSizeLimitExceeded)
          : undefined,
      );
    } finally {
      // Suspended calculation resumes with the next sync.
      this.model.suspendedAt = undefined;
      this.flushChanges({ source: "Local", triggerSource: "ThisLocalAddin" });
    }
    if (error) throw error;
  }

  runCoauthorActions(): void {
    const actions = this.beforeNextBatch;
    this.beforeNextBatch = [];
    for (const a of actions) a();
  }

  flushChanges(ctx: EmitContext): void {
    const changes = this.model.changes;
    this.model.changes = [];
    if (ctx.source === "Local") this.onLocalChange?.(changes);
    this.events.emit(this.model, changes, ctx, this.config.apiVersion, (given, sheetId, address) => {
      const Ctx = this.contextClass();
      const context = given instanceof Ctx ? given : new Ctx(this);
      return this.factory.rangeFor(context, sheetId, address);
    });
    this.notifyObservers(
      ctx.source === "Remote" ? "coauthor" : ctx.triggerSource === "ThisLocalAddin" ? "batch" : "user",
    );
  }

  /**
   * Observers (the workbench grid) hear about every executed batch (a failed one too) and every user or
   * co-author action, after it is applied and its events are queued. Not an Office.js feature: nothing
   * the add-in sees changes, and whatever an observer throws is ignored.
   */
  observe(observer: ChangeObserver): () => void {
    this.observers.add(observer);
    return () => void this.observers.delete(observer);
  }

  notifyObservers(cause: ChangeCause): void {
    for (const observer of [...this.observers]) {
      try {
        observer(cause);
      } catch {
        // An observer must not be able to change a batch's outcome.
      }
    }
  }

  contextClass!: () => new (host: SimHost) => SimRequestContext;
}
