import { mergeStyleSets, useTheme } from "@fluentui/react";
import { useMemo } from "react";
import type { Goal } from "../../core/definition/types";
import { useStrings } from "../i18n/use-strings";
import type { VersionStats } from "./version-stats";

type Better = "lower" | "higher";

/** Before/after figures of two versions, the change in words (better / worse), and the goal beside them. */
export function VersionCompare({
  before,
  after,
  goal,
}: {
  readonly before: VersionStats;
  readonly after: VersionStats;
  readonly goal: Goal | undefined;
}) {
  const { t, f, num, pct } = useStrings();
  const theme = useTheme();
  const css = useMemo(
    () =>
      mergeStyleSets({
        table: { width: "100%", borderCollapse: "collapse", fontSize: 12 },
        cell: {
          borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`,
          padding: "3px 4px",
          textAlign: "right",
        },
        head: { textAlign: "left" },
      }),
    [theme],
  );
  const days = (n: number | null) => (n === null ? "—" : f("daysValue", { n: num(n) }));
  const change = (a: number | null, b: number | null, better: Better, show: (n: number) => string) => {
    if (a === null || b === null) return "—";
    const d = b - a;
    if (Math.abs(d) < 1e-9) return t.unchanged;
    const improved = better === "lower" ? d < 0 : d > 0;
    return `${d > 0 ? "+" : "−"}${show(Math.abs(d))} (${improved ? t.better : t.worse})`;
  };
  const rows: readonly [string, string, string, string, string][] = [
    [
      t.cycleP50,
      days(before.p50),
      days(after.p50),
      change(before.p50, after.p50, "lower", (n) => num(n)),
      goal?.targetCycleDays !== undefined ? days(goal.targetCycleDays) : "—",
    ],
    [
      t.cycleP85,
      days(before.p85),
      days(after.p85),
      change(before.p85, after.p85, "lower", (n) => num(n)),
      goal?.targetCycleDays !== undefined ? days(goal.targetCycleDays) : "—",
    ],
    [
      t.onTimeRate,
      before.onTimeRate === null ? "—" : pct(before.onTimeRate),
      after.onTimeRate === null ? "—" : pct(after.onTimeRate),
      change(before.onTimeRate, after.onTimeRate, "higher", (n) => pct(n)),
      goal?.targetOnTimeRate !== undefined ? pct(goal.targetOnTimeRate) : "—",
    ],
    [t.closedCount, String(before.closed), String(after.closed), "", ""],
  ];
  return (
    <table className={css.table}>
      <caption style={{ textAlign: "left", fontWeight: 600, paddingBottom: 4 }}>
        {f("compareCaption", { before: before.version, after: after.version })}
      </caption>
      <thead>
        <tr>
          <th scope="col" className={`${css.cell} ${css.head}`}>
            {t.measure}
          </th>
          <th scope="col" className={css.cell}>
            {f("versionN", { n: before.version })}
          </th>
          <th scope="col" className={css.cell}>
            {f("versionN", { n: after.version })}
          </th>
          <th scope="col" className={css.cell}>
            {t.change}
          </th>
          <th scope="col" className={css.cell}>
            {t.goalColumn}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, ...cells]) => (
          <tr key={label}>
            <th scope="row" className={`${css.cell} ${css.head}`}>
              {label}
            </th>
            {cells.map((c, i) => (
              <td key={i} className={css.cell}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
