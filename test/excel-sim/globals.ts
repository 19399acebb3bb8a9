/**
 * The `Excel`, `Office` and `OfficeExtension` objects one simulated Excel hands to the add-in. They are
 * built here without being installed, so that index.ts installs one set as globals and coauthoring.ts can
 * route the globals to several clients.
 *
 * Excel.run overloads and RunOptions: https://learn.microsoft.com/javascript/api/excel#excel-excel-run-function(1)
 * https://learn.microsoft.com/javascript/api/excel/excel.runoptions
 * Office.onReady / Office.context: https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in
 * Office.context.document.settings and Office.addin's startup members: office-document.ts
 * Office.actions and Office.addin.showAsTaskpane / hide: ribbon.ts
 * Office.context.officeTheme and Office.ThemeId: office-theme.ts
 */
import { EXCEL_ENUMS, ERROR_CODES_ENUM, OFFICE_EXTENSION_ERROR_CODES } from "./enums";
import { ErrorCode, officeError, SimOfficeError } from "./errors";
import type { SimHost } from "./host";
import { ASYNC_RESULT_STATUS, makeAddin, STARTUP_BEHAVIOR } from "./office-document";
import type { SimDocumentSettings } from "./office-document";
import { RangeProxy } from "./range";
import { SimClientResult, SimObject, SimRequestContext } from "./request-context";
import { isSetSupported } from "./requirement-sets";
import { OFFICE_THEMES, THEME_ID } from "./office-theme";

export interface SimulationGlobals {
  readonly Excel: Record<string, unknown>;
  readonly Office: Record<string, unknown>;
  readonly OfficeExtension: Record<string, unknown>;
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return typeof v === "object" && v !== null && typeof (v as { then?: unknown }).then === "function";
}

/** Excel.run in all its overloads, running batches against `host`. */
function makeRun(host: SimHost): (...args: unknown[]) => Promise<unknown> {
  return async function run(...args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") throw officeError(ErrorCode.invalidArgument, "Excel.run");
    let ctx: SimRequestContext | undefined;
    let runOptions: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean } = {};
    if (args.length >= 2) {
      const first = args[0];
      if (first instanceof SimRequestContext) ctx = first;
      else if (first instanceof SimObject) ctx = first.context;
      else if (Array.isArray(first)) ctx = first.find((x): x is SimObject => x instanceof SimObject)?.context;
      else if (first && typeof first === "object") {
        const o = first as {
          delayForCellEdit?: boolean;
          mergeUndoGroup?: boolean;
          previousObjects?: unknown;
        };
        runOptions = o;
        const prev = o.previousObjects;
        if (prev instanceof SimRequestContext) ctx = prev;
        else if (prev instanceof SimObject) ctx = prev.context;
      }
    }
    if (runOptions.mergeUndoGroup) host.requireApi("Excel.run.mergeUndoGroup", "Excel.run");
    ctx ??= new SimRequestContext(host);
    const previousDelay = ctx._delayForCellEdit;
    // An Excel older than ExcelApi 1.11 does not know the option: it is ignored there, and a batch sent
    // while a person edits a cell fails as without it (https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
    if (runOptions.delayForCellEdit && host.hasApi("Excel.run.delayForCellEdit"))
      ctx._delayForCellEdit = true;
    try {
      const result: unknown = (batch as (c: SimRequestContext) => unknown)(ctx);
      if (!isThenable(result)) throw new SimOfficeError(ErrorCode.runMustReturnPromise);
      const value = await result;
      // Commands still queued when the batch's promise resolves are sent by Excel.run.
      if (ctx.debugInfo.pendingStatements.length > 0) await ctx.sync();
      return value;
    } finally {
      ctx._delayForCellEdit = previousDelay;
      ctx._releaseAll();
    }
  };
}

export function makeGlobals(host: SimHost, settings: SimDocumentSettings): SimulationGlobals {
  class RequestContext extends SimRequestContext {
    constructor() {
      super(host);
    }
  }

  const Excel: Record<string, unknown> = {
    run: makeRun(host),
    RequestContext,
    ErrorCodes: { ...ERROR_CODES_ENUM },
    ...Object.fromEntries(Object.entries(EXCEL_ENUMS).map(([k, v]) => [k, { ...v }])),
    Range: RangeProxy,
  };

  const OfficeExtension: Record<string, unknown> = {
    Error: SimOfficeError,
    ErrorCodes: { ...OFFICE_EXTENSION_ERROR_CODES },
    ClientResult: SimClientResult,
    ClientObject: SimObject,
    ClientRequestContext: SimRequestContext,
    config: { extendedErrorLogging: false },
    Promise,
  };

  const platform = (): string => (host.config.platform === "web" ? "OfficeOnline" : "PC");
  const Office: Record<string, unknown> = {
    HostType: {
      Excel: "Excel",
      Word: "Word",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    AsyncResultStatus: { ...ASYNC_RESULT_STATUS },
    EventType: { SettingsChanged: "settingsChanged" },
    StartupBehavior: { ...STARTUP_BEHAVIOR },
    ThemeId: { ...THEME_ID },
    addin: {
      ...makeAddin(
        () => host.model,
        () => host.config,
      ),
      showAsTaskpane: () => host.ribbon.showAsTaskpane(),
      hide: () => host.ribbon.hide(),
    },
    actions: {
      associate: (actionId: string, handler: (event: { completed: () => void }) => unknown) =>
        host.ribbon.associate(actionId, handler),
    },
    context: {
      get displayLanguage(): string {
        return host.config.displayLanguage;
      },
      get contentLanguage(): string {
        return host.config.contentLanguage;
      },
      // A fresh object each time, as office.js reads it from the host (a pane cannot change the theme).
      get officeTheme(): Record<string, unknown> {
        return { ...OFFICE_THEMES[host.config.officeTheme] };
      },
      host: "Excel",
      get platform(): string {
        return platform();
      },
      diagnostics: {
        host: "Excel",
        get platform(): string {
          return platform();
        },
        version: "16.0.0.0",
      },
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number): boolean =>
          isSetSupported(
            name,
            minVersion === undefined ? undefined : String(minVersion),
            host.config.apiVersion,
            host.config.otherSets,
          ),
      },
      // Only the Common API's settings are simulated on the document (no bindings, no file access).
      document: { settings },
    },
    onReady: (
      callback?: (info: { host: string; platform: string }) => void,
    ): Promise<{ host: string; platform: string }> => {
      const info = { host: "Excel", platform: platform() };
      callback?.(info);
      return Promise.resolve(info);
    },
    initialize: undefined,
  };

  return { Excel, Office, OfficeExtension };
}
