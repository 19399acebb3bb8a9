/**
 * Puts `text` on the clipboard: the Clipboard API where the pane may use it, else the selected text of
 * `fallback` (a textarea showing the report) with execCommand("copy"), which Office's older webviews allow.
 */
export async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (typeof navigator !== "undefined" && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission in this webview): try the textarea.
  }
  if (!fallback || typeof document.execCommand !== "function") return false;
  fallback.focus();
  fallback.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  }
}
