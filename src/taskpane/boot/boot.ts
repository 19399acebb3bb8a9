// The task pane's first script: it runs before office.js and before the pane's own bundle, in whatever
// webview Office gives the pane, so that the pane is never just blank. webpack.config.js compiles this file
// to ES5 on its own (no imports, no polyfills), which Internet Explorer 11 and EdgeHTML can run; the code
// below therefore uses ES5 library calls only (no includes, startsWith, Object.assign, Promise, …), and a
// test parses the built file as ES5.
//
// It says one of three things:
// - the engine is too old for the pane's ES2020 code (Office 2019 and older run add-ins in Internet Explorer
//   11 or EdgeHTML: https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins);
//   the pane's bundle then does not start;
// - office.js did not load, or loaded and Office never became ready (a firewall that blocks the Office CDN,
//   or the files office.js loads after itself);
// - the pane's own files did not arrive from the add-in's web server.

/** The words of one language (src/words/pane-boot.ts), `{url}` still in place. */
export interface BootWords {
  readonly tooOldTitle: string;
  readonly tooOldBody: string;
  readonly worksWindows: string;
  readonly worksMac: string;
  readonly worksWeb: string;
  readonly tooOldTodo: string;
  readonly officeJsTitle: string;
  readonly officeJsBody: string;
  readonly filesTitle: string;
  readonly filesBody: string;
}

export interface BootConfig {
  readonly words: { readonly en: BootWords; readonly "zh-CN": BootWords };
  /** The rule that picks Simplified Chinese for a display language, as RegExp source (SIMPLIFIED_CHINESE). */
  readonly chinese: string;
  /** The office.js address exactly as taskpane.html's script tag names it. */
  readonly officeJs: string;
  /** How long Office may take to become ready before the pane says something is wrong. */
  readonly waitMs: number;
}

/** What the pane's bundle asks the boot script (window.procsheetBoot). */
export interface BootHandle {
  /** True when the pane must not start: the engine is too old, or office.js failed to load (a message says which). */
  halted(): boolean;
  /** The bundle runs: if Office never becomes ready now, the problem is Office's, not the pane's files. */
  started(): void;
  /** Office is ready: any message about waiting for it goes away. */
  ready(): void;
}

type Kind = "tooOld" | "officeJs" | "files";

/** The parts of `window` the boot script reads; tests pass their own. */
export type BootWindow = Pick<Window, "document" | "navigator" | "setTimeout" | "addEventListener"> & {
  readonly [name: string]: unknown;
};

export const BOOT_ELEMENT_ID = "procsheet-boot";

function isFunction(value: unknown): boolean {
  return typeof value === "function";
}

/**
 * Whether this engine has what the pane's ES2020 bundle takes for granted. Runtime features stand in for
 * the syntax (testing syntax would need `new Function`, which a Content-Security-Policy may forbid): every
 * engine Office hosts add-ins in either has all of these (WebView2, Safari 14+, current browsers) or lacks
 * them all (Internet Explorer 11, EdgeHTML).
 */
export function engineIsCurrent(win: BootWindow): boolean {
  const promise = win["Promise"] as { allSettled?: unknown } | undefined;
  const string = win["String"] as { prototype?: { matchAll?: unknown } } | undefined;
  const object = win["Object"] as { fromEntries?: unknown } | undefined;
  return (
    typeof win["globalThis"] === "object" &&
    isFunction(promise && promise.allSettled) &&
    isFunction(string && string.prototype && string.prototype.matchAll) &&
    isFunction(object && object.fromEntries)
  );
}

function readerLanguage(win: BootWindow, config: BootConfig): "en" | "zh-CN" {
  const nav = win.navigator as Navigator & { userLanguage?: string };
  const first = (nav.languages && nav.languages[0]) || nav.language || nav.userLanguage || "";
  return new RegExp(config.chinese, "i").test(first) ? "zh-CN" : "en";
}

function withUrl(text: string, url: string): string {
  return text.split("{url}").join(url);
}

function element(doc: Document, tag: string, text: string, css: string): HTMLElement {
  const el = doc.createElement(tag);
  el.appendChild(doc.createTextNode(text));
  el.style.cssText = css;
  return el;
}

/** The message for `kind` in the reader's language, replacing any message shown before. */
function show(win: BootWindow, config: BootConfig, kind: Kind): void {
  const doc = win.document;
  const lang = readerLanguage(win, config);
  const w = config.words[lang];
  const old = doc.getElementById(BOOT_ELEMENT_ID);
  if (old && old.parentNode) old.parentNode.removeChild(old);
  const box = doc.createElement("div");
  box.id = BOOT_ELEMENT_ID;
  box.setAttribute("role", "alert");
  box.setAttribute("lang", lang);
  box.style.cssText =
    "padding:16px;font:14px/1.45 'Segoe UI','Microsoft YaHei',system-ui,sans-serif;color:#201f1e;background:#fff";
  const title = kind === "tooOld" ? w.tooOldTitle : kind === "officeJs" ? w.officeJsTitle : w.filesTitle;
  box.appendChild(element(doc, "h1", title, "font-size:16px;font-weight:600;margin:0 0 8px"));
  if (kind === "tooOld") {
    box.appendChild(element(doc, "p", w.tooOldBody, "margin:0 0 4px"));
    const list = doc.createElement("ul");
    list.style.cssText = "margin:0 0 8px;padding-left:20px";
    const works = [w.worksWindows, w.worksMac, w.worksWeb];
    for (let i = 0; i < works.length; i++) list.appendChild(element(doc, "li", works[i] as string, ""));
    box.appendChild(list);
    box.appendChild(element(doc, "p", w.tooOldTodo, "margin:0"));
  } else if (kind === "officeJs") {
    box.appendChild(element(doc, "p", withUrl(w.officeJsBody, config.officeJs), "margin:0"));
  } else {
    const here = String(doc.location && doc.location.href)
      .replace(/[?#].*$/, "")
      .replace(/[^/]*$/, "");
    box.appendChild(element(doc, "p", withUrl(w.filesBody, here), "margin:0"));
  }
  doc.body.insertBefore(box, doc.body.firstChild);
}

function hide(win: BootWindow): void {
  const old = win.document.getElementById(BOOT_ELEMENT_ID);
  if (old && old.parentNode) old.parentNode.removeChild(old);
}

/** Runs `fn` once the document has a body (the boot script itself runs in <head>). */
function whenBody(win: BootWindow, fn: () => void): void {
  if (win.document.body) fn();
  else win.document.addEventListener("DOMContentLoaded", fn);
}

/**
 * Checks the engine, watches office.js load and starts the clock Office has to become ready.
 * @example window.procsheetBoot = boot(window, config); // in <head>, before office.js
 */
export function boot(win: BootWindow, config: BootConfig): BootHandle {
  const tooOld = !engineIsCurrent(win);
  let officeJsFailed = false;
  let started = false;
  let ready = false;
  const handle: BootHandle = {
    halted: () => tooOld || officeJsFailed,
    started: () => {
      started = true;
    },
    ready: () => {
      ready = true;
      if (!officeJsFailed) hide(win);
    },
  };
  if (tooOld) {
    whenBody(win, () => show(win, config, "tooOld"));
    return handle;
  }
  // A script that fails to load fires "error" on its element; the event does not bubble, but a listener
  // that captures on window sees it (it runs before the bundle, which then asks halted()).
  win.addEventListener(
    "error",
    (event: Event) => {
      const target = event.target as Element | null;
      if (!target || target.nodeName !== "SCRIPT" || target.getAttribute("src") !== config.officeJs) return;
      officeJsFailed = true;
      whenBody(win, () => show(win, config, "officeJs"));
    },
    true,
  );
  win.setTimeout(() => {
    if (ready || officeJsFailed) return;
    whenBody(win, () => {
      if (!ready) show(win, config, started ? "officeJs" : "files");
    });
  }, config.waitMs);
  return handle;
}
