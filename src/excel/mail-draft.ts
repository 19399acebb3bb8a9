/**
 * Opens a `mailto:` link, so the person's mail app shows a draft: through Office's own browser window
 * where this Office has it (Office.context.ui.openBrowserWindow, OpenBrowserWindowApi 1.1,
 * https://learn.microsoft.com/javascript/api/office/office.ui#office-office-ui-openbrowserwindow-member(1)),
 * otherwise the page's window.open. Returns false where neither could open it.
 */
export function openMailDraft(url: string): boolean {
  const ui = typeof Office !== "undefined" ? Office.context?.ui : undefined;
  const supported =
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported?.("OpenBrowserWindowApi", "1.1") === true;
  if (ui && supported && typeof ui.openBrowserWindow === "function") {
    ui.openBrowserWindow(url);
    return true;
  }
  if (typeof window === "undefined" || typeof window.open !== "function") return false;
  window.open(url, "_blank");
  return true;
}
