// How the pane and the ribbon commands meet Office: the only module outside Excel.run code that
// touches the `Office` global. Outside Office (a plain browser, the workbench, tests) office.js is
// either absent or resolves onReady with host null; both are normal and must not crash the pane.

export interface OfficeHostInfo {
  /** The Office application (`"Excel"`), or null when the page runs outside Office. */
  readonly host: string | null;
  /** Office's UI language (e.g. `"zh-CN"`); the browser's language outside Office. */
  readonly displayLanguage: string;
}

/** A ribbon command (manifest `<FunctionName>`). Office is told it finished even if it throws. */
export type CommandHandler = () => void | Promise<void>;

function officeLoaded(): boolean {
  return typeof Office !== "undefined" && typeof Office.onReady === "function";
}

function browserLanguage(): string {
  return (typeof navigator !== "undefined" && navigator.language) || "en-US";
}

/**
 * Resolves once Office.js is initialised, or at once when office.js is not on the page.
 * @example const { host, displayLanguage } = await whenOfficeReady(); // { host: null, … } in a browser
 */
export async function whenOfficeReady(): Promise<OfficeHostInfo> {
  if (!officeLoaded()) return { host: null, displayLanguage: browserLanguage() };
  const info = await Office.onReady();
  // Outside Office, Office.context exists but carries no language (docs/office-notes.md §1).
  const displayLanguage = info.host ? Office.context?.displayLanguage : undefined;
  // @types/office-js declares HostType as a numeric enum; office.js really gives strings ("Excel").
  const host = info.host === null || info.host === undefined ? null : String(info.host);
  return { host, displayLanguage: displayLanguage || browserLanguage() };
}

/** Associates each handler with its action id, where this Office supports `Office.actions`. */
export function registerCommands(handlers: Readonly<Record<string, CommandHandler>>): void {
  if (!officeLoaded() || typeof Office.actions?.associate !== "function") return;
  for (const [id, handler] of Object.entries(handlers)) {
    Office.actions.associate(id, async (event?: Office.AddinCommands.Event) => {
      try {
        await handler();
      } catch (error) {
        console.error(`Procsheet command ${id} failed`, error);
      } finally {
        event?.completed();
      }
    });
  }
}

/**
 * Opens the task pane from a ribbon command (SharedRuntime 1.1,
 * https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in); a no-op where unsupported.
 */
export async function showTaskpane(): Promise<void> {
  if (!officeLoaded() || !Office.context?.requirements?.isSetSupported("SharedRuntime", "1.1")) return;
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // The pane is the place to report to; if it cannot open there is nowhere else to say more.
  }
}
