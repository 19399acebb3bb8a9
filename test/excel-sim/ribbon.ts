/**
 * The add-in's ribbon buttons and the task pane's visibility, as Office gives them to a shared runtime.
 *
 * - `Office.actions.associate(actionId, handler)` maps a manifest `<FunctionName>` to a function; pressing
 *   the button calls it with an event whose `completed()` the function must call
 *   (https://learn.microsoft.com/javascript/api/office/office.actions,
 *   https://learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands).
 * - `Office.addin.showAsTaskpane()` / `hide()` (SharedRuntime 1.1,
 *   https://learn.microsoft.com/javascript/api/office/office.addin).
 *
 * Stricter than Office where Office's answer is a dialog nobody sees in a test: pressing a button whose
 * function was never associated throws here (Office shows "This add-in command couldn't run"), and a
 * handler that never calls `completed()` is reported when the press is awaited with a deadline.
 */
import { ErrorCode, officeError } from "./errors";
import { isSetSupported } from "./requirement-sets";
import type { HostConfig } from "./host";

type Handler = (event: { completed: () => void }) => unknown;

export class SimRibbon {
  private readonly handlers = new Map<string, Handler>();
  /** Whether the task pane is shown (the workbench always shows it; tests read what commands asked). */
  paneShown = false;
  /** How many times a command asked Office to show the pane. */
  showRequests = 0;

  constructor(private readonly config: () => HostConfig) {}

  associate(actionId: string, handler: Handler): void {
    if (typeof actionId !== "string" || typeof handler !== "function")
      throw officeError(ErrorCode.invalidArgument, "Office.actions.associate");
    this.handlers.set(actionId, handler);
  }

  /** The action ids associated so far, in order. */
  associated(): string[] {
    return [...this.handlers.keys()];
  }

  /** A person presses the ribbon button whose manifest names `functionName`; resolves when it completes. */
  press(functionName: string, deadlineMs = 30_000): Promise<void> {
    const handler = this.handlers.get(functionName);
    if (!handler)
      throw new Error(`This add-in command couldn't run: no function associated with "${functionName}"`);
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${functionName} never called event.completed()`)),
        deadlineMs,
      );
      const completed = (): void => {
        clearTimeout(timer);
        resolve();
      };
      try {
        void Promise.resolve(handler({ completed })).catch(() => undefined);
      } catch {
        // Office swallows what a command throws; the deadline reports a command that then never completes.
      }
    });
  }

  private requireSharedRuntime(member: string): void {
    const c = this.config();
    if (!isSetSupported("SharedRuntime", "1.1", c.apiVersion, c.otherSets))
      throw officeError(
        ErrorCode.apiNotFound,
        `Office.addin.${member}`,
        `The API you are trying to use could not be found. (Office.addin.${member} needs SharedRuntime 1.1)`,
      );
  }

  async showAsTaskpane(): Promise<void> {
    await Promise.resolve();
    this.requireSharedRuntime("showAsTaskpane");
    this.showRequests += 1;
    this.paneShown = true;
  }

  async hide(): Promise<void> {
    await Promise.resolve();
    this.requireSharedRuntime("hide");
    this.paneShown = false;
  }
}
