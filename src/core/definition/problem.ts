import { ERROR_MESSAGES, fillTemplate } from "../i18n/error-messages";
import type { ProcsheetError } from "../result";

/** The keys of the definition problems the catalogue words (core/i18n/error-messages.ts). */
export type DefinitionProblemKey = Extract<keyof typeof ERROR_MESSAGES, `definition.${string}`>;

/**
 * A problem at `path` of a process definition, worded by the catalogue in both languages: the message is
 * the English text without the path (formatProblem puts `path: ` in front), the pane and the command line
 * render `key` and `params` in the reader's language.
 * @example definitionProblem("steps[2].next[0].goto", "definition.noSuchGoto", { value: "shipping" })
 */
export function definitionProblem(
  path: string,
  key: DefinitionProblemKey,
  params: Readonly<Record<string, string | number>> = {},
): ProcsheetError {
  const all = { path, ...params };
  const template: string = ERROR_MESSAGES[key].en;
  return {
    code: "DEFINITION",
    path,
    message: fillTemplate(template.replace(/^\{path\}: /, ""), all),
    key,
    params: all,
  };
}
