import type { Lang } from "../words/lang";
import type { OfficeThemeName } from "../excel/api-types";
import { TEMPLATE_IDS } from "../taskpane/templates/catalog";

/**
 * The ExcelApi versions the workbench offers: the manifest's minimum (Microsoft 365 Version 2102, Office
 * 2021) and Office 2024 / Microsoft 365.
 */
export const API_VERSIONS = ["1.17", "1.13"] as const;
export type WorkbenchApi = (typeof API_VERSIONS)[number];

/** Office's four themes (Office.context.officeTheme), Office's default first. */
export const OFFICE_THEMES: readonly OfficeThemeName[] = ["colorful", "darkGray", "black", "white"];

/** No template: an empty workbook, for starting from the pane's gallery. */
export const NO_TEMPLATE = "none";

/** What a workbench page starts from; all of it lives in the URL, so a reload starts the same way. */
export interface WorkbenchParams {
  /** A built-in template whose sample register the workbook starts with, or "none". */
  readonly template: string;
  /** Office's display language. */
  readonly lang: Lang;
  readonly api: WorkbenchApi;
  /** Office's theme, as Office.context.officeTheme gives it to the pane. */
  readonly theme: OfficeThemeName;
  /** A pinned clock (`YYYY-MM-DDTHH:mm:ss`) for repeatable runs; the local time when absent. */
  readonly now?: string;
  /** `automatic=off`: the sample register is made with automatic routing off (cases move on Sync now). */
  readonly manual?: true;
}

export const DEFAULT_PARAMS: WorkbenchParams = {
  template: "procurement",
  lang: "en",
  api: "1.17",
  theme: "colorful",
};

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

/**
 * Reads the page's query string; anything unknown falls back to the default.
 * @example readParams("?lang=zh-CN&theme=black") // { template: "procurement", lang: "zh-CN", api: "1.17", theme: "black" }
 */
export function readParams(search: string): WorkbenchParams {
  const q = new URLSearchParams(search);
  const template = q.get("template") ?? "";
  const lang = q.get("lang")?.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
  const api = API_VERSIONS.find((v) => v === q.get("api")) ?? DEFAULT_PARAMS.api;
  const theme = OFFICE_THEMES.find((t) => t === q.get("theme")) ?? DEFAULT_PARAMS.theme;
  const now = q.get("now") ?? "";
  return {
    template:
      template === NO_TEMPLATE || (TEMPLATE_IDS as readonly string[]).includes(template)
        ? template
        : DEFAULT_PARAMS.template,
    lang,
    api,
    theme,
    ...(LOCAL_TIME.test(now) ? { now } : {}),
    ...(q.get("automatic") === "off" ? { manual: true as const } : {}),
  };
}

/** The query string for `params` (the inverse of readParams). */
export function writeParams(params: WorkbenchParams): string {
  const q = new URLSearchParams({
    template: params.template,
    lang: params.lang,
    api: params.api,
    theme: params.theme,
  });
  if (params.now) q.set("now", params.now);
  if (params.manual) q.set("automatic", "off");
  return `?${q.toString()}`;
}

/** Office's display language for a pane language, as Office.context reports it. */
export function displayLanguageOf(lang: Lang): string {
  return lang === "zh-CN" ? "zh-CN" : "en-US";
}
