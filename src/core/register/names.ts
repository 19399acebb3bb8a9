import type { Lang } from "../../words/lang";

/**
 * Names of the workbook objects a process owns, shared by the add-in and the command line so a
 * workbook made by `procsheet init` is found by the add-in and vice versa. Excel table names allow
 * letters, digits and underscores and must not look like a cell reference; the `PS_` prefix sees to both.
 */
export function registerTableName(processId: string): string {
  return `PS_${processId.replace(/-/g, "_")}`;
}

export function historyTableName(processId: string): string {
  return `${registerTableName(processId)}_History`;
}

const HISTORY_SUFFIX: Readonly<Record<Lang, string>> = { en: " History", "zh-CN": " 历史记录" };

/**
 * The History sheet's name in the register's language. Excel caps sheet names at 31 characters and
 * reserves the bare name "History", which a process-name prefix always avoids.
 */
export function historySheetName(processName: string, lang: Lang = "en"): string {
  const suffix = HISTORY_SUFFIX[lang];
  return `${processName.slice(0, 31 - suffix.length)}${suffix}`;
}

/** Characters Excel refuses in a sheet name (`\ / ? * [ ] :`), replaced, and the 31-character cap. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[\\/?*[\]:]/g, " ")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned.length > 0 ? cleaned : "Process").slice(0, 31);
}
