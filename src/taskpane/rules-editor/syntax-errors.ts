import jsonata from "jsonata";
import type { ProcsheetError } from "../../core/result";
import { compileExpression, listSyntaxErrors } from "../../core/rules/expression";
import { DEFAULT_LIMITS } from "../../core/rules/limits";
import { unknownNames, type UnknownName } from "../../core/rules/lint";
import { thousandsError, thousandsMistake } from "../../core/rules/people-words";
import type { RowNames } from "../../core/rules/row-names";

/**
 * Every syntax error in a rule as it is being typed. jsonata's recover mode finds them all but words most
 * as "invalid expression"; where the normal parser reports the same error more precisely, its words are used.
 * With the process's row names, a name two columns share is an error too; a number typed with thousands
 * separators is explained instead of jsonata's "syntax error".
 */
export function syntaxProblems(source: string, path: string, names?: RowNames): ProcsheetError[] {
  if (source.trim() === "") return [];
  const thousands = thousandsMistake(source);
  if (thousands) return [thousandsError(path, thousands)];
  const listed = listSyntaxErrors(source, path);
  if (listed.length === 0) {
    const compiled = compileExpression(source, path, DEFAULT_LIMITS, names);
    return compiled.ok ? [] : [compiled.error];
  }
  const compiled = compileExpression(source, path, DEFAULT_LIMITS, names);
  const precise = compiled.ok ? undefined : compiled.error;
  const improved = listed.map((e) =>
    precise && precise.position === e.position && precise.params?.jsonataCode === e.params?.jsonataCode
      ? precise
      : e,
  );
  const seen = new Set<string>();
  return improved.filter((e) => {
    const key = `${e.position ?? ""}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Row names the rule reads that the process has no column for (a warning: the rule still saves). */
export function unknownColumns(source: string, known: RowNames): UnknownName[] {
  if (source.trim() === "") return [];
  try {
    return unknownNames(jsonata(source).ast(), known);
  } catch {
    return []; // Syntax errors are syntaxProblems' to report.
  }
}

export interface Caret {
  /** 1-based, for people. */
  readonly line: number;
  readonly column: number;
  /** The line the error is on, and where in it (0-based character index) to put the caret. */
  readonly lineText: string;
  readonly index: number;
  /** Where the caret goes in a monospace font: East Asian wide characters take two cells. */
  readonly cells: number;
}

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/**
 * Where a jsonata error position falls. jsonata counts the position just past the offending token, so the
 * caret goes under that token's last character — or just after the text when the expression ended too soon.
 * @example caretAt("amount >> 3", 9) → line 1, column 9, under the second ">"
 */
export function caretAt(source: string, position: number): Caret {
  const offset = position >= source.length ? source.length : Math.max(0, position - 1);
  const before = source.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  const lineEnd = source.indexOf("\n", lineStart);
  const lineText = source.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const index = offset - lineStart;
  const cells = [...lineText.slice(0, index)].reduce((n, ch) => n + (WIDE.test(ch) ? 2 : 1), 0);
  return { line: before.split("\n").length, column: index + 1, lineText, index, cells };
}
