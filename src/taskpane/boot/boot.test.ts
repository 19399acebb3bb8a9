/**
 * @jest-environment jsdom
 */
import { say } from "../../words/say";
import { PANE_BOOT } from "../../words/pane-boot";
import { SIMPLIFIED_CHINESE, type Lang } from "../../words/lang";
import {
  boot,
  BOOT_ELEMENT_ID,
  engineIsCurrent,
  type BootConfig,
  type BootWindow,
  type BootWords,
} from "./boot";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function wordsOf(lang: Lang): BootWords {
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(PANE_BOOT))
    if (key.startsWith("boot.")) out[key.slice("boot.".length)] = entry[lang];
  return out as unknown as BootWords;
}

const CONFIG: BootConfig = {
  words: { en: wordsOf("en"), "zh-CN": wordsOf("zh-CN") },
  chinese: SIMPLIFIED_CHINESE.source,
  officeJs: OFFICE_JS,
  waitMs: 8000,
};

/** jsdom's window, with the engine features and languages a test says. */
function fakeWindow(
  options: { missing?: readonly string[]; languages?: readonly string[] } = {},
): BootWindow {
  const features: Record<string, unknown> = {
    globalThis: window,
    Promise: { allSettled: () => undefined },
    String: { prototype: { matchAll: () => undefined } },
    Object: { fromEntries: () => undefined },
  };
  for (const name of options.missing ?? []) {
    if (name === "Promise.allSettled") features["Promise"] = {};
    else if (name === "String.prototype.matchAll") features["String"] = { prototype: {} };
    else if (name === "Object.fromEntries") features["Object"] = {};
    else delete features[name];
  }
  const languages = options.languages ?? ["en-US"];
  return {
    ...features,
    document,
    navigator: { languages, language: languages[0] } as unknown as Navigator,
    setTimeout: window.setTimeout.bind(window) as Window["setTimeout"],
    addEventListener: window.addEventListener.bind(window),
  };
}

function message(): HTMLElement | null {
  return document.getElementById(BOOT_ELEMENT_ID);
}

let stopListening: (() => void) | undefined;

beforeEach(() => {
  jest.useFakeTimers();
  document.body.innerHTML = '<div id="root"></div>';
});

afterEach(() => {
  jest.useRealTimers();
  stopListening?.();
});

/** boot() over `win`, removing its window listener afterwards (jsdom keeps one window for the file). */
function start(win: BootWindow) {
  const added: [string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined][] =
    [];
  const spying: BootWindow = {
    ...win,
    addEventListener: ((type: string, listener: EventListenerOrEventListenerObject, options?: boolean) => {
      added.push([type, listener, options]);
      window.addEventListener(type, listener, options);
    }) as Window["addEventListener"],
  };
  stopListening = () => added.forEach(([t, l, o]) => window.removeEventListener(t, l, o));
  return boot(spying, CONFIG);
}

/** What office.js's script element does when it cannot load. */
function officeJsFails(): void {
  const script = document.createElement("script");
  script.setAttribute("src", OFFICE_JS);
  document.head.appendChild(script);
  script.dispatchEvent(new Event("error"));
  script.remove();
}

describe("the engine check", () => {
  it("passes an engine with the ES2020 library (WebView2, Safari 14+, current browsers)", () => {
    expect(engineIsCurrent(fakeWindow())).toBe(true);
  });

  it.each(["globalThis", "Promise.allSettled", "String.prototype.matchAll", "Object.fromEntries"])(
    "fails an engine without %s (Internet Explorer 11, EdgeHTML)",
    (feature) => {
      expect(engineIsCurrent(fakeWindow({ missing: [feature] }))).toBe(false);
    },
  );
});

describe("an Office too old for the pane", () => {
  it("says so and what works instead, and halts the pane", () => {
    const handle = start(fakeWindow({ missing: ["Promise.allSettled", "String.prototype.matchAll"] }));
    expect(handle.halted()).toBe(true);
    const box = message();
    expect(box?.getAttribute("role")).toBe("alert");
    expect(box?.querySelector("h1")?.textContent).toBe(say("boot.tooOldTitle", {}, "en"));
    expect([...(box?.querySelectorAll("li") ?? [])].map((li) => li.textContent)).toEqual([
      say("boot.worksWindows", {}, "en"),
      say("boot.worksMac", {}, "en"),
      say("boot.worksWeb", {}, "en"),
    ]);
    expect(box?.textContent).toContain(say("boot.tooOldTodo", {}, "en"));
  });

  it("speaks Chinese to a reader whose language is Simplified Chinese, English to zh-TW", () => {
    start(fakeWindow({ missing: ["globalThis"], languages: ["zh-CN"] }));
    expect(message()?.getAttribute("lang")).toBe("zh-CN");
    expect(message()?.querySelector("h1")?.textContent).toBe("此版本的 Office 太旧，无法运行 Procsheet");
    stopListening?.();
    start(fakeWindow({ missing: ["globalThis"], languages: ["zh-TW"] }));
    expect(message()?.getAttribute("lang")).toBe("en");
  });
});

describe("office.js", () => {
  it("that does not load: the pane says so at once, naming the address, and does not start", () => {
    const handle = start(fakeWindow());
    officeJsFails();
    expect(handle.halted()).toBe(true);
    expect(message()?.querySelector("h1")?.textContent).toBe(say("boot.officeJsTitle", {}, "en"));
    expect(message()?.textContent).toContain(say("boot.officeJsBody", { url: OFFICE_JS }, "en"));
  });

  it("another script failing is not office.js failing", () => {
    const handle = start(fakeWindow());
    const other = document.createElement("script");
    other.setAttribute("src", "https://example.com/other.js");
    document.head.appendChild(other);
    other.dispatchEvent(new Event("error"));
    expect(handle.halted()).toBe(false);
    expect(message()).toBeNull();
  });

  it("that loads but Office never becomes ready: after the wait the pane says office.js did not start", () => {
    const handle = start(fakeWindow({ languages: ["zh-CN"] }));
    handle.started();
    jest.advanceTimersByTime(CONFIG.waitMs - 1);
    expect(message()).toBeNull();
    jest.advanceTimersByTime(1);
    expect(message()?.textContent).toContain(say("boot.officeJsBody", { url: OFFICE_JS }, "zh-CN"));
  });

  it("that becomes ready late: the message goes away again", () => {
    const handle = start(fakeWindow());
    handle.started();
    jest.advanceTimersByTime(CONFIG.waitMs);
    expect(message()).not.toBeNull();
    handle.ready();
    expect(message()).toBeNull();
    expect(document.getElementById("root")).not.toBeNull();
  });

  it("ready in time: nothing is ever shown", () => {
    const handle = start(fakeWindow());
    handle.started();
    handle.ready();
    jest.advanceTimersByTime(CONFIG.waitMs * 2);
    expect(message()).toBeNull();
    expect(handle.halted()).toBe(false);
  });
});

it("when the pane's own files never run, it says so, naming the add-in's address", () => {
  start(fakeWindow());
  jest.advanceTimersByTime(CONFIG.waitMs);
  expect(message()?.querySelector("h1")?.textContent).toBe(say("boot.filesTitle", {}, "en"));
  expect(message()?.textContent).toContain(say("boot.filesBody", { url: "http://localhost/" }, "en"));
});

it("puts {url} where the catalogue's ICU formatting would, in both languages", () => {
  for (const lang of ["en", "zh-CN"] as const) {
    const text = CONFIG.words[lang].officeJsBody;
    expect(text.split("{url}").join(OFFICE_JS)).toBe(say("boot.officeJsBody", { url: OFFICE_JS }, lang));
  }
});
