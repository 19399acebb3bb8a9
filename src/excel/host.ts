// How the pane and the ribbon commands meet Office: the only module outside Excel.run code that
// touches the `Office` global. Outside Office (a plain browser, the workbench, tests) office.js is
// either absent or resolves onReady with host null; both are normal and must not crash the pane.

import type { OfficeLook, OfficeThemeName } from "./api-types";

export interface OfficeHostInfo {
  /** The Office application (`"Excel"`), or null when the page runs outside Office. */
  readonly host: string | null;
  /** Office's UI language (e.g. `"zh-CN"`); the browser's language outside Office. */
  readonly displayLanguage: string;
}

/** Office's display language as a tag Intl accepts (`de-DE`), the browser's outside Office. */
export function displayLocale(): string {
  const tag = (officeLoaded() && Office.context?.displayLanguage) || browserLanguage();
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? "en-US";
  } catch {
    return "en-US"; // not a language tag Intl knows: the words' own locale is used instead
  }
}

const HEX = /^#[0-9a-f]{6}$/i;

// office.js gives Office.ThemeId as an enum whose values an add-in should not assume: compare with it.
function themeName(id: unknown): OfficeThemeName | undefined {
  const ids = typeof Office !== "undefined" ? Office.ThemeId : undefined;
  if (!ids || id === undefined) return undefined;
  if (id === ids.Colorful) return "colorful";
  if (id === ids.DarkGray) return "darkGray";
  if (id === ids.Black) return "black";
  if (id === ids.White) return "white";
  return undefined;
}

/**
 * The Office theme (https://learn.microsoft.com/javascript/api/office/office.officetheme), or undefined
 * outside Office or when a colour is not the documented `#RRGGBB`. Excel raises no event when the person
 * changes it (OfficeThemeChanged is Outlook's): the pane reads it as it opens.
 */
export function officeLook(): OfficeLook | undefined {
  if (!officeLoaded()) return undefined;
  let theme: Office.OfficeTheme | undefined;
  try {
    theme = Office.context?.officeTheme;
  } catch {
    return undefined; // an Office without the theme API
  }
  if (!theme) return undefined;
  const colours = [
    theme.bodyBackgroundColor,
    theme.bodyForegroundColor,
    theme.controlBackgroundColor,
    theme.controlForegroundColor,
  ];
  if (!colours.every((c) => typeof c === "string" && HEX.test(c))) return undefined;
  const name = themeName(theme.themeId);
  return {
    ...(name ? { name } : {}),
    dark: theme.isDarkTheme === true || name === "darkGray" || name === "black",
    bodyBackground: theme.bodyBackgroundColor,
    bodyForeground: theme.bodyForegroundColor,
    controlBackground: theme.controlBackgroundColor,
    controlForeground: theme.controlForegroundColor,
  };
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
