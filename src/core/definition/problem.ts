import type { ErrorWords } from "../../words/catalogue";
import { procsheetError, type ErrorParams } from "../error";
import type { ProcsheetError } from "../result";

/** The keys of the definition problems the catalogue words (src/words/errors-definition.ts). */
export type DefinitionProblemKey = Extract<keyof ErrorWords, `definition.${string}`>;

/**
 * A problem at `path` of a process definition, worded by the catalogue in both languages; whoever shows
 * it says where (formatProblem puts `path: ` in front, the pane names the step and the rule).
 * @example definitionProblem("steps[2].next[0].goto", "definition.noSuchGoto", { value: "shipping" })
 */
export function definitionProblem<K extends DefinitionProblemKey>(
  path: string,
  key: K,
  params: ErrorParams<K>,
): ProcsheetError {
  return procsheetError("DEFINITION", key, params, { path });
}
