import "../../words/rule-language";
import { sayKnown } from "../../words/say";
import { procsheetError } from "../error";
import type { Lang } from "../../words/lang";
import type { ProcsheetError } from "../result";
import { LIMIT_CODES, MAX_TEXT } from "./limits";

/** The shape jsonata throws (jsonata.d.ts `JsonataError`, plus `value`). */
export interface JsonataFailure {
  readonly code?: string;
  readonly position?: number;
  readonly token?: string;
  readonly message?: string;
}

export function isJsonataFailure(e: unknown): e is JsonataFailure {
  return (
    typeof e === "object" && e !== null && "code" in e && typeof (e as { code: unknown }).code === "string"
  );
}

/**
 * The rule language's message for a failure in a reader's language (src/words/rule-language.ts), rendered
 * from the failure's fields as jsonata renders its own; a code the catalogue lacks keeps jsonata's English.
 */
export function ruleLanguageMessage(f: JsonataFailure, lang: Lang): string | undefined {
  if (!f.code) return undefined;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(f)) {
    params[name] = String(JSON.stringify(value));
    params[`${name}Raw`] = String(value);
  }
  return sayKnown(`jsonata.${f.code}`, params, lang);
}

/**
 * A syntax error as a definition problem: `steps[2].owner[0].when: The rule cannot be read at character 14:
 * Expected ")" before end of expression`.
 */
export function syntaxError(path: string, e: unknown): ProcsheetError {
  const f: JsonataFailure = isJsonataFailure(e) ? e : { message: String(e) };
  const detail = f.message ?? String(e);
  const zh = { detail: ruleLanguageMessage(f, "zh-CN") ?? detail };
  return typeof f.position === "number"
    ? procsheetError(
        "RULE_SYNTAX",
        "rule.syntax",
        { position: f.position, detail },
        { path, position: f.position },
        zh,
      )
    : procsheetError("RULE_SYNTAX", "rule.syntaxNoPosition", { detail }, { path }, zh);
}

/**
 * An evaluation failure for one row; bound violations get their own code so the pane can say "too slow".
 * Whatever a rule throws is its row's failure, never the sync's (docs/specification.md §3.7): a RangeError
 * is the JavaScript engine's own bound (a string or array too long, the call stack exhausted).
 */
export function evaluationError(path: string, e: unknown, rowId: string | undefined): ProcsheetError {
  if (!isJsonataFailure(e)) {
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    if (e instanceof RangeError)
      return procsheetError("RULE_LIMIT", "rule.engineLimit", { detail }, { path, rowId });
    return procsheetError("RULE_EVAL", "rule.evalOther", { detail }, { path, rowId });
  }
  const jsonataCode = e.code ?? "";
  const detail = e.message ?? jsonataCode;
  const zh = { detail: ruleLanguageMessage(e, "zh-CN") ?? detail };
  const place = { path, rowId, position: e.position };
  if (jsonataCode === "U1004")
    return procsheetError("RULE_LIMIT", "rule.textLimit", { max: MAX_TEXT }, place);
  if (LIMIT_CODES.has(jsonataCode)) return procsheetError("RULE_LIMIT", "rule.limit", { jsonataCode }, place);
  return typeof e.position === "number"
    ? procsheetError("RULE_EVAL", "rule.eval", { jsonataCode, position: e.position, detail }, place, zh)
    : procsheetError("RULE_EVAL", "rule.evalOther", { detail }, place, zh);
}
