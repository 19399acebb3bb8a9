import { FontIcon, mergeStyleSets } from "@fluentui/react";
import type { ProcessDefinition } from "../../core/definition/types";
import type { ClauseTrace } from "../../core/rules/trace";
import { useStrings } from "../i18n/use-strings";
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

/** "Clause 2" from `steps[3].owner[1]`; the whole path when it has no index. */
export function clauseNumber(path: string): number | undefined {
  const m = /\[(\d+)\]$/.exec(path);
  return m ? Number(m[1]) + 1 : undefined;
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
  /** The definition the rules came from, to show conditions a trace line leaves out. */
  readonly definition?: ProcessDefinition;
}

/** The "why" of a routing decision: every clause tried, in order, with what its condition gave. */
export function TraceList({ trace, label, definition }: TraceListProps) {
  const { t, f } = useStrings();
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
        const when = known === null ? t.traceAlways : known;
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
              {c.value !== undefined && (
                <>
                  {" "}
                  {c.outcome === "matched" ? t.traceDecided : t.traceGave}{" "}
                  <code className={css.code}>{c.value}</code>
                </>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
