import { FontIcon, mergeStyleSets } from "@fluentui/react";
import { useMemo, type ReactNode } from "react";
import { END, type ProcessDefinition } from "../../core/definition/types";
import { ruleInWords } from "../../core/rules/people-words";
import { rowNamesOf } from "../../core/rules/row-names";
import type { ClauseTrace } from "../../core/rules/trace";
import { resolveText } from "../../core/text";
import { useStrings } from "../i18n/use-strings";
import { describe } from "./errors";
import { MONO_STACK } from "../theme/theme";

const css = mergeStyleSets({
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: { display: "flex", gap: 6, alignItems: "baseline", padding: "2px 0" },
  code: { fontFamily: MONO_STACK, fontSize: 12, wordBreak: "break-word" },
});

const ICON: Readonly<Record<ClauseTrace["outcome"], string>> = {
  matched: "CheckMark",
  "not-matched": "Cancel",
  error: "Warning",
  shadowed: "Info",
};

/**
 * "Clause 2" from `steps[3].owner[1]`; an owner written as one name (`steps[3].owner`) is its only rule;
 * undefined for any other path (shown as it is).
 */
export function clauseNumber(path: string): number | undefined {
  const m = /\[(\d+)\]$/.exec(path);
  if (m) return Number(m[1]) + 1;
  return /^steps\[\d+\]\.owner$/.test(path) ? 1 : undefined;
}

/**
 * The condition of the clause at a trace path (`steps[3].owner[1]`), or null when the clause has none.
 * Core's owner traces omit `when` on the clause that matched; the definition has it.
 */
export function whenAt(def: ProcessDefinition, path: string): string | null | undefined {
  const m = /^steps\[(\d+)\]\.(owner|next)\[(\d+)\]$/.exec(path);
  if (!m) return undefined;
  const step = def.steps[Number(m[1])];
  const rule = m[2] === "owner" ? step?.owner : step?.next;
  const clause = Array.isArray(rule)
    ? (rule[Number(m[3])] as { readonly when?: string } | undefined)
    : undefined;
  return clause ? (clause.when ?? null) : undefined;
}

export interface TraceListProps {
  readonly trace: readonly ClauseTrace[];
  readonly label: string;
  /** The definition the rules came from, to show conditions a trace line leaves out and name roles. */
  readonly definition?: ProcessDefinition;
  /** A step's name in the pane's language, for what a next rule decided. */
  readonly nameOf?: (stepId: string) => string;
}

/**
 * The "why" of a routing decision: every clause tried, in order, with what its condition gave. Conditions
 * are said in the reader's words: each column by its header in the pane's language.
 */
export function TraceList({ trace, label, definition, nameOf }: TraceListProps) {
  const { lang, t, f } = useStrings();
  const names = useMemo(() => (definition ? rowNamesOf(definition) : undefined), [definition]);
  // What a line decided or what its condition gave, in words: never JSON (`false`, `"rfq"`) to a reader.
  const result = (c: ClauseTrace): ReactNode => {
    if (c.outcome === "error" && c.error) return <> {describe(c.error, lang)}</>;
    if (c.outcome === "matched" && c.goto !== undefined)
      return ` ${t.traceDecided} ${c.goto === END ? t.end : (nameOf?.(c.goto) ?? c.goto)}`;
    if (c.outcome === "matched" && c.owner !== undefined) {
      const role = c.role && (resolveText(definition?.roles?.[c.role]?.name, lang) || c.role);
      return ` ${t.traceDecided} ${role ? f("ownerViaRole", { person: c.owner, role }) : c.owner}`;
    }
    if (c.outcome === "not-matched" && (c.value === "false" || c.value === "null")) return ` ${t.traceFalse}`;
    if (c.outcome === "not-matched" && c.value === "undefined") return ` ${t.traceEmpty}`;
    if (c.value === undefined) return null;
    return (
      <>
        {" "}
        {c.outcome === "matched" ? t.traceDecided : t.traceGave} <code className={css.code}>{c.value}</code>
      </>
    );
  };
  if (trace.length === 0) return null;
  const outcome: Readonly<Record<ClauseTrace["outcome"], string>> = {
    matched: t.traceMatched,
    "not-matched": t.traceNotMatched,
    error: t.traceError,
    shadowed: t.traceShadowed,
  };
  return (
    <ul className={css.list} aria-label={label}>
      {trace.map((c, i) => {
        const n = clauseNumber(c.path);
        const known = c.when ?? (definition ? whenAt(definition, c.path) : undefined);
        const when =
          known === null
            ? t.traceAlways
            : known !== undefined && names
              ? ruleInWords(known, names, lang, true)
              : known;
        return (
          <li key={i} className={css.item}>
            <FontIcon iconName={ICON[c.outcome]} aria-hidden="true" />
            <span>
              <strong>{outcome[c.outcome]}</strong> {n !== undefined ? f("traceClause", { n }) : c.path}
              {when !== undefined && (
                <>
                  {": "}
                  <code className={css.code}>{when}</code>
                </>
              )}
              {result(c)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
