import type { ProcsheetError, Result } from "../../core/result";

/** The document setting, and the manifest's <TaskpaneId>, that make Excel open the pane with the workbook. */
export const AUTO_OPEN_SETTING = "Office.AutoShowTaskpaneWithDocument";

/**
 * Tags the workbook so that Excel opens the Procsheet pane with it wherever the add-in is installed for
 * the person opening it (centrally deployed or sideloaded): the document setting
 * Office.AutoShowTaskpaneWithDocument
 * (https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document).
 * Workbooks made with `procsheet init` carry the same setting in their web-extension part, with
 * visibility "0" (docs/admins.md "Workbooks that open the pane"). Saving the setting is a convenience: if
 * Office refuses it, the register was still made, so nothing is reported.
 */
export async function openPaneWithWorkbook(): Promise<void> {
  const settings = typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;
  if (!settings || settings.get(AUTO_OPEN_SETTING) === true) return;
  settings.set(AUTO_OPEN_SETTING, true);
  await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
}

/** `result`, after tagging the workbook for auto-open when it succeeded (a process was bound). */
export async function withAutoOpen<T>(result: Result<T, ProcsheetError>): Promise<Result<T, ProcsheetError>> {
  if (result.ok) await openPaneWithWorkbook();
  return result;
}
