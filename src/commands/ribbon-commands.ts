import type { ProcsheetError } from "../core/result";
import type { ProcsheetExcel } from "../excel/api-types";
import { registerCommands, showTaskpane } from "../excel/host";

/** What a ribbon command did, for the pane to say (it may be closed: the shared runtime keeps this). */
export type RibbonOutcome =
  | { readonly kind: "synced"; readonly process: string; readonly rows: number; readonly events: number }
  | { readonly kind: "noProcess" }
  | { readonly kind: "failed"; readonly error: ProcsheetError };

const listeners = new Set<(o: RibbonOutcome) => void>();
let last: RibbonOutcome | undefined;

/** Calls `listener` with every outcome from now on, and with the last one if there was one. */
export function onRibbonOutcome(listener: (o: RibbonOutcome) => void): () => void {
  listeners.add(listener);
  if (last) listener(last);
  return () => listeners.delete(listener);
}

function report(outcome: RibbonOutcome): void {
  last = outcome;
  for (const l of listeners) l(outcome);
}

/** What a ribbon command asks of the pane: delivered once, to the pane open now or the next to open. */
export type PaneRequest = { readonly kind: "newCase"; readonly process?: string };

const paneListeners = new Set<(r: PaneRequest) => void>();
let pendingRequest: PaneRequest | undefined;

/** Calls `listener` with each request from now on, and with one nobody has taken yet. */
export function onPaneRequest(listener: (r: PaneRequest) => void): () => void {
  paneListeners.add(listener);
  if (pendingRequest) {
    const r = pendingRequest;
    pendingRequest = undefined;
    listener(r);
  }
  return () => paneListeners.delete(listener);
}

function request(r: PaneRequest): void {
  if (paneListeners.size === 0) pendingRequest = r;
  for (const l of paneListeners) l(r);
}

/** The process a ribbon command acts on: the register under the cursor, or the workbook's only one. */
async function processUnderCursor(excel: ProcsheetExcel) {
  const info = await excel.inspectWorkbook();
  if (!info.ok) return info;
  const { processes, activeProcessId } = info.value;
  const binding =
    processes.find((p) => p.id === activeProcessId) ?? (processes.length === 1 ? processes[0] : undefined);
  return { ok: true as const, value: binding };
}

/**
 * "New case" (manifest FunctionName `newCase`): opens the pane on the New case form of the process under
 * the cursor (or the only one), so a case is entered with every field checked and routed at once.
 */
export async function newCaseFromRibbon(excel: ProcsheetExcel): Promise<void> {
  const found = await processUnderCursor(excel);
  if (!found.ok) {
    report({ kind: "failed", error: found.error });
  } else if (!found.value) {
    report({ kind: "noProcess" });
  } else {
    request({ kind: "newCase", process: found.value.id });
  }
  await showTaskpane();
}

/**
 * "Sync process" (manifest FunctionName `syncProcess`): one engine tick on the register under the cursor
 * — or the workbook's only process — without opening the pane. When there is nothing to sync or it fails,
 * the pane opens to say why and what to do.
 */
export async function syncFromRibbon(excel: ProcsheetExcel, now: () => string): Promise<RibbonOutcome> {
  const found = await processUnderCursor(excel);
  if (!found.ok) return fail(found.error);
  const binding = found.value;
  if (!binding) {
    const outcome: RibbonOutcome = { kind: "noProcess" };
    report(outcome);
    await showTaskpane();
    return outcome;
  }
  // Like the pane's Sync now, it also produces the reminders due (docs/specification.md §8).
  const r = await excel.sync({ binding, now: now(), reminders: true });
  if (!r.ok) return fail(r.error);
  const outcome: RibbonOutcome = {
    kind: "synced",
    process: binding.id,
    rows: r.value.changedRows,
    events: r.value.events.length,
  };
  report(outcome);
  return outcome;
}

async function fail(error: ProcsheetError): Promise<RibbonOutcome> {
  const outcome: RibbonOutcome = { kind: "failed", error };
  report(outcome);
  await showTaskpane();
  return outcome;
}

/** Wires the manifest's ExecuteFunction buttons to their handlers (the shared runtime runs them here). */
export function registerRibbonCommands(excel: ProcsheetExcel, now: () => string): void {
  registerCommands({
    syncProcess: () => syncFromRibbon(excel, now).then(() => undefined),
    newCase: () => newCaseFromRibbon(excel),
  });
}
