/**
 * The Common API pieces of `Office` that live in the document rather than in the workbook's cells:
 *
 * - `Office.context.document.settings` (Office.Settings): a property bag per add-in and per document.
 *   `get`, `set` and `remove` work on an in-memory copy only; `saveAsync` writes that copy into the
 *   document and `refreshAsync` reads the document's copy back. `get` of a missing name returns null.
 *   https://learn.microsoft.com/javascript/api/office/office.settings
 *   https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings
 *   The document setting "Office.AutoShowTaskpaneWithDocument" opens the task pane with the document:
 *   https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document
 * - `Office.addin.setStartupBehavior` / `getStartupBehavior` (SharedRuntime 1.1), stored with the document:
 *   https://learn.microsoft.com/javascript/api/office/office.addin
 *   https://learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open
 *
 * Browser-safe: no Node APIs.
 */
import { ErrorCode, officeError } from "./errors";
import type { HostConfig } from "./host";
import type { WorkbookModel } from "./model/workbook-model";
import { isSetSupported } from "./requirement-sets";

/** Office.StartupBehavior, as office.js defines it. */
export const STARTUP_BEHAVIOR = { none: "None", load: "Load" } as const;
export type StartupBehaviorValue = WorkbookModel["startupBehavior"];

/** Office.AsyncResultStatus. */
export const ASYNC_RESULT_STATUS = { Succeeded: "succeeded", Failed: "failed" } as const;

export interface SimAsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  asyncContext: unknown;
  error: { name: string; message: string; code: number } | undefined;
}
type Callback<T> = (result: SimAsyncResult<T>) => void;

/** office.js validates the setting's name as a non-null string and throws synchronously otherwise. */
function requireName(name: unknown, method: string): string {
  if (typeof name !== "string")
    throw new TypeError(
      `Sys.ArgumentTypeException: Office.context.document.settings.${method}: the parameter "name" must be a string.`,
    );
  return name;
}

/**
 * The document's copy is kept as JSON text per name, which is how Office serialises the bag when it is
 * saved: a value that does not survive JSON (a function, undefined) is not saved, a Date comes back as text.
 */
function serialise(bag: ReadonlyMap<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of bag) {
    const text = JSON.stringify(value);
    if (text !== undefined) out[name] = text;
  }
  return out;
}

function deserialise(saved: Readonly<Record<string, string>>): Map<string, unknown> {
  return new Map(Object.entries(saved).map(([k, v]) => [k, JSON.parse(v) as unknown]));
}

/** Callbacks of the Common API run asynchronously, after the calling code. */
function later(fn: () => void): void {
  void Promise.resolve().then(fn);
}

function succeeded<T>(value: T, asyncContext: unknown): SimAsyncResult<T> {
  return { status: "succeeded", value, asyncContext, error: undefined };
}

/** The optional (options, callback) pair of the Common API's async methods. */
function splitArgs<T>(args: unknown[]): { callback: Callback<T> | undefined; asyncContext: unknown } {
  const callback = args.find((a): a is Callback<T> => typeof a === "function");
  const options = args.find((a): a is { asyncContext?: unknown } => typeof a === "object" && a !== null);
  return { callback, asyncContext: options?.asyncContext };
}

/** Office.Settings for one add-in session over the document held by `model`. */
export class SimDocumentSettings {
  private memory: Map<string, unknown>;
  private readonly handlers = new Set<unknown>();

  constructor(private readonly model: () => WorkbookModel) {
    this.memory = deserialise(model().documentSettings);
  }

  get(name: string): unknown {
    const value = this.memory.get(requireName(name, "get"));
    return value === undefined ? null : value;
  }

  set(name: string, value: unknown): void {
    this.memory.set(requireName(name, "set"), value);
  }

  remove(name: string): void {
    this.memory.delete(requireName(name, "remove"));
  }

  saveAsync(...args: unknown[]): void {
    const { callback, asyncContext } = splitArgs<void>(args);
    this.model().documentSettings = serialise(this.memory);
    later(() => callback?.(succeeded(undefined, asyncContext)));
  }

  refreshAsync(...args: unknown[]): void {
    const { callback, asyncContext } = splitArgs<SimDocumentSettings>(args);
    this.memory = deserialise(this.model().documentSettings);
    later(() => callback?.(succeeded(this, asyncContext)));
  }

  /**
   * settingsChanged fires only for co-authors' saves in Excel on the web; the simulation does not share
   * document settings between co-authors (README, open-docs choices), so a handler is kept and never called.
   */
  addHandlerAsync(eventType: string, handler: unknown, ...rest: unknown[]): void {
    const { callback, asyncContext } = splitArgs<void>(rest);
    if (eventType !== "settingsChanged" || typeof handler !== "function") {
      later(() =>
        callback?.({
          status: "failed",
          value: undefined,
          asyncContext,
          error: { name: "Invalid Event Type", message: `Unsupported event type: ${eventType}`, code: 5000 },
        }),
      );
      return;
    }
    this.handlers.add(handler);
    later(() => callback?.(succeeded(undefined, asyncContext)));
  }

  removeHandlerAsync(eventType: string, ...rest: unknown[]): void {
    const { callback, asyncContext } = splitArgs<void>(rest);
    if (eventType === "settingsChanged") this.handlers.clear();
    later(() => callback?.(succeeded(undefined, asyncContext)));
  }

  /** A reopened document: the add-in starts again from what the document holds. */
  reload(): void {
    this.memory = deserialise(this.model().documentSettings);
  }
}

/**
 * Office.addin's startup members. office.js always defines them; without the shared runtime the host has
 * nothing to answer, so the call rejects (README, open-docs choices: ApiNotFound). A value other than
 * "Load" or "None" rejects with InvalidArgument before reaching the host, as office.js checks it first.
 */
export function makeAddin(
  model: () => WorkbookModel,
  config: () => HostConfig,
): {
  setStartupBehavior(behavior: unknown): Promise<void>;
  getStartupBehavior(): Promise<StartupBehaviorValue>;
} {
  const requireSharedRuntime = (member: string): void => {
    const c = config();
    if (!isSetSupported("SharedRuntime", "1.1", c.apiVersion, c.otherSets))
      throw officeError(
        ErrorCode.apiNotFound,
        `Office.addin.${member}`,
        `The API you are trying to use could not be found. (Office.addin.${member} needs SharedRuntime 1.1)`,
      );
  };
  return {
    setStartupBehavior: async (behavior: unknown): Promise<void> => {
      await Promise.resolve();
      if (behavior !== STARTUP_BEHAVIOR.load && behavior !== STARTUP_BEHAVIOR.none)
        throw officeError(ErrorCode.invalidArgument, "Office.addin.setStartupBehavior");
      requireSharedRuntime("setStartupBehavior");
      model().startupBehavior = behavior;
    },
    getStartupBehavior: async (): Promise<StartupBehaviorValue> => {
      await Promise.resolve();
      requireSharedRuntime("getStartupBehavior");
      return model().startupBehavior;
    },
  };
}
