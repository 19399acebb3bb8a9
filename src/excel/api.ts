import { toLang } from "../words/lang";
import type { ProcsheetError, Result } from "../core/result";
import type { ProcsheetExcel } from "./api-types";
import { displayLocale, officeLook } from "./host";

/**
 * A new or adopted register makes the workbook open Procsheet with it and, where Office has a shared
 * runtime, load it at document open, so automatic routing runs with the pane closed (both switchable in the
 * Run view). What this Office cannot do is skipped; the register is made either way.
 */
async function openedWithWorkbook<T>(r: Result<T, ProcsheetError>): Promise<Result<T, ProcsheetError>> {
  if (r.ok)
    await (
      await import("./automation/open-with-workbook")
    ).setOpenWithWorkbook({ showPane: true, loadAtOpen: true });
  return r;
}

/**
 * The real command surface over Office.js. Each operation loads its module on first use, so the task
 * pane's first paint carries none of the Excel layer (or jsonata, which the sync needs).
 */
export function createProcsheetExcel(): ProcsheetExcel {
  return {
    displayLanguage: () =>
      toLang(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined),
    displayLocale,
    officeLook,
    inspectWorkbook: async () => (await import("./processes")).inspectWorkbook(),
    createRegister: async (definition, options) =>
      openedWithWorkbook(
        await (await import("./register/create-register")).createRegister(definition, options),
      ),
    inspectSheet: async (source, definition) =>
      (await import("./register/adopt-sheet")).inspectSheet(source, definition),
    adoptSheet: async (definition, preview, options) =>
      openedWithWorkbook(
        await (await import("./register/adopt-sheet")).adoptSheet(definition, preview, options),
      ),
    saveDefinition: async (binding, definition, now) =>
      (await import("./processes")).saveDefinition(binding, definition, now),
    previewSave: async (binding, definition) =>
      (await import("./processes")).previewSave(binding, definition),
    upgradeProcess: async (binding, definition, now) =>
      (await import("./processes")).upgradeProcess(binding, definition, now),
    removeProcess: async (processId) => (await import("./processes")).removeProcess(processId),

    sync: async (request) => (await import("./sync/run-sync")).syncProcess(request),
    lastSync: async (binding) => (await import("./sync/last-sync")).lastSync(binding),
    undoLastSync: async (binding, now, me) =>
      (await import("./sync/undo")).undoLastSync(binding, now, me ? { me } : {}),
    reconcileStatuses: async (binding, now, by) =>
      (await import("./tracking/change-tracking")).reconcileStatuses(binding, now, by ? { by } : {}),
    watchRegister: async (binding, clock, onEvents, by) =>
      (await import("./tracking/change-tracking")).watchRegister(binding, clock, {
        onEvents,
        ...(by ? { by } : {}),
      }),

    applyStatusFormats: async (binding) => (await import("./formats")).applyStatusFormats(binding),
    applyView: async (binding, view) => (await import("./views")).applyView(binding, view),
    myWork: async (binding, me) => (await import("./cases")).myWork(binding, me),
    setCaseStatus: async (binding, caseId, status, by, now) =>
      (await import("./cases")).setCaseStatus(binding, caseId, status, by, now),
    selectedRow: async (binding) => (await import("./cases")).selectedRow(binding),
    watchSelection: async (binding, onRow) => (await import("./cases")).watchSelection(binding, onRow),

    readHistory: async (binding) => (await import("./cases")).readHistory(binding),
    startAutomation: async (options) => (await import("./automation/automation")).startAutomation(options),
    setAutomatic: async (binding, on) => (await import("./processes")).setAutomatic(binding, on),
    openWithWorkbook: async () => (await import("./automation/open-with-workbook")).openWithWorkbook(),
    setOpenWithWorkbook: async (change) =>
      (await import("./automation/open-with-workbook")).setOpenWithWorkbook(change),
    addCase: async (binding, values, now, routing) =>
      (await import("./new-case")).addCase(binding, values, now, routing),
    selectCase: async (binding, caseId) => (await import("./new-case")).selectCase(binding, caseId),
    drawMap: async (binding) => (await import("./map/draw-map")).drawMap(binding),
    readPast: async (binding) => (await import("./learn/read-past")).readPast(binding),
    writeLogSheet: async (binding, lang) => (await import("./learn/log-sheet")).writeLogSheet(binding, lang),
    buildCharts: async (binding, now, lang) =>
      (await import("./charts/analysis-sheet")).buildCharts(binding, now, lang),
    runSelfCheck: async (options) =>
      (await import(/* webpackChunkName: "self-check" */ "./diagnostics/run-self-check")).runSelfCheck(
        options,
      ),
    readOutbox: async (binding) => (await import("./outbox/outbox-actions")).readOutbox(binding),
    markOutboxSent: async (binding, keys) =>
      (await import("./outbox/outbox-actions")).markOutboxSent(binding, keys),
    readPeople: async () => (await import("./people/people-actions")).readPeople(),
    openMailDraft: async (url) => (await import("./mail-draft")).openMailDraft(url),
    ruleHost: async () => (await import("./rules/default-host")).defaultRuleHost(),
  };
}
