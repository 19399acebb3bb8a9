import type { ProcsheetError, Result } from "../../core/result";
import { excelError } from "../excel-run";

/** Whether a workbook opens Procsheet with it, and whether Office loads the add-in at document open. */
export interface OpenWithWorkbook {
  /** The document setting `Office.AutoShowTaskpaneWithDocument`: the pane opens with the workbook. */
  readonly showPane: boolean;
  /** `Office.addin` startup behaviour: routing runs at open even with the pane closed (SharedRuntime 1.1). */
  readonly loadAtOpen: boolean | "unsupported";
}

/** The document setting, and the manifest's <TaskpaneId>, that make Excel open the pane with the workbook. */
export const AUTO_OPEN_SETTING = "Office.AutoShowTaskpaneWithDocument";

function sharedRuntime(): boolean {
  return Office.context?.requirements?.isSetSupported("SharedRuntime", "1.1") === true;
}

/** Office.context.document.settings.saveAsync as a promise (Common API, callback style). */
function saveSettings(): Promise<void> {
  return new Promise((resolve, reject) => {
    Office.context.document.settings.saveAsync((r) => {
      if (r.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(r.error);
    });
  });
}

/**
 * What the workbook asks of Office when it opens: the document setting that shows the task pane
 * (https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document)
 * and, where Office has a shared runtime, the startup behaviour that loads the add-in at document open so
 * automatic routing runs with the pane closed
 * (https://learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open).
 */
export async function openWithWorkbook(): Promise<Result<OpenWithWorkbook, ProcsheetError>> {
  try {
    const showPane = Office.context.document.settings.get(AUTO_OPEN_SETTING) === true;
    const loadAtOpen = sharedRuntime()
      ? (await Office.addin.getStartupBehavior()) === Office.StartupBehavior.load
      : "unsupported";
    return { ok: true, value: { showPane, loadAtOpen } };
  } catch (e) {
    return { ok: false, error: excelError(e) };
  }
}

/** Switches either; what this Office cannot do (no shared runtime) is left as it is. */
export async function setOpenWithWorkbook(
  change: Partial<Record<keyof OpenWithWorkbook, boolean>>,
): Promise<Result<OpenWithWorkbook, ProcsheetError>> {
  try {
    if (change.showPane !== undefined) {
      if (change.showPane) Office.context.document.settings.set(AUTO_OPEN_SETTING, true);
      else Office.context.document.settings.remove(AUTO_OPEN_SETTING);
      await saveSettings();
    }
    if (change.loadAtOpen !== undefined && sharedRuntime())
      await Office.addin.setStartupBehavior(
        change.loadAtOpen ? Office.StartupBehavior.load : Office.StartupBehavior.none,
      );
  } catch (e) {
    return { ok: false, error: excelError(e) };
  }
  return openWithWorkbook();
}
