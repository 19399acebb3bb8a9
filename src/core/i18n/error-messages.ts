import type { ProcsheetError } from "../result";
import type { Lang } from "./lang";

type Template = Readonly<Record<Lang, string>>;

/**
 * Every error a user can meet, in both languages, keyed by the error's `key` (result.ts). `{name}` is
 * replaced by `params.name`. JSONata's own detail text exists only in English; it is quoted as is.
 */
export const ERROR_MESSAGES: Readonly<Record<string, Template>> = {
  "rule.syntax": {
    en: "JSONata syntax error at {position}: {detail}",
    "zh-CN": "JSONata 语法错误（第 {position} 个字符）：{detail}",
  },
  "rule.eval": {
    en: "The rule failed ({jsonataCode} at {position}): {detail}",
    "zh-CN": "规则运行出错（{jsonataCode}，第 {position} 个字符）：{detail}",
  },
  "rule.limit": {
    en: "The rule ran too long or too deep and was stopped ({jsonataCode}). Simplify it or check for endless repetition.",
    "zh-CN": "规则运行过久或嵌套过深，已被停止（{jsonataCode}）。请简化规则或检查是否无限循环。",
  },
  "rule.result": { en: "{detail}", "zh-CN": "规则结果无效：{detail}" },
  "rule.noOwner": {
    en: 'No owner rule matched at step "{step}". Add a last clause without "when" as a fallback.',
    "zh-CN": "步骤“{step}”没有匹配的负责人规则。请添加一条不带条件的兜底规则。",
  },
  "rule.noNext": {
    en: 'No "next" rule matched at step "{step}". Add a last clause without "when" as a fallback.',
    "zh-CN": "步骤“{step}”没有匹配的下一步规则。请添加一条不带条件的兜底规则。",
  },
  "data.cell": { en: 'Column "{column}": {detail}', "zh-CN": "“{column}”列：{detail}" },
  "data.required": { en: 'Column "{column}" needs a value.', "zh-CN": "“{column}”列必须填写。" },
  "definition.schema": { en: "{path}: {detail}", "zh-CN": "{path}：{detail}" },
  "definition.semantic": { en: "{path}: {detail}", "zh-CN": "{path}：{detail}" },
  "sheet.duplicateColumn": {
    en: 'Columns {first} and {second} both hold "{key}". Rename or remove one of them.',
    "zh-CN": "{first} 列和 {second} 列都对应“{key}”。请重命名或删除其中一列。",
  },
};

/**
 * The error in the user's language; falls back to the English message the error carries.
 * @example describeError(err, "zh-CN")
 */
export function describeError(error: ProcsheetError, lang: Lang): string {
  const template = error.key ? ERROR_MESSAGES[error.key]?.[lang] : undefined;
  if (!template) return error.message;
  const text = template.replace(/\{(\w+)\}/g, (_m, name: string) => String(error.params?.[name] ?? ""));
  const where = error.rowId ? (lang === "zh-CN" ? `${error.rowId}：` : `${error.rowId}: `) : "";
  return where + text;
}
