import { Text } from "@fluentui/react";
import type { Analysis } from "../../core/analysis/analyze";
import type { StepDef } from "../../core/definition/types";
import { resolveText } from "../../core/text";
import { useFigureTableCss } from "../components/figure-table";
import { useStrings } from "../i18n/use-strings";
import { bottleneck, MIN_BOTTLENECK_STAYS } from "./metrics";

/**
 * Per step: p50 / p85 days against the SLA, the on-time rate of its finished stays, and open cases; the
 * bottleneck is named in words, and how it is chosen said under the table.
 */
export function StepTable({
  analysis,
  steps,
}: {
  readonly analysis: Analysis;
  readonly steps: readonly StepDef[];
}) {
  const { lang, t, f, num, pct } = useStrings();
  const css = useFigureTableCss(600);
  const worst = bottleneck(analysis.steps);
  const n = (v: number | null | undefined) => (v === null || v === undefined ? "—" : num(v));
  const rate = (id: string) => {
    const r = analysis.onTimeByStep[id];
    return r === undefined || r === null ? "—" : pct(r);
  };
  return (
    <>
      <table className={css.table}>
        <caption style={{ textAlign: "left", fontWeight: 600, paddingBottom: 4 }}>{t.stepTimes}</caption>
        <thead>
          <tr>
            <th scope="col" className={`${css.cell} ${css.head}`}>
              {t.step}
            </th>
            <th scope="col" className={css.cell}>
              p50
            </th>
            <th scope="col" className={css.cell}>
              p85
            </th>
            <th scope="col" className={css.cell}>
              {t.sla}
            </th>
            <th scope="col" className={css.cell}>
              {t.onTimeColumn}
            </th>
            <th scope="col" className={css.cell}>
              {t.open}
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s) => {
            const stats = analysis.steps[s.id];
            return (
              <tr key={s.id}>
                <th
                  scope="row"
                  className={`${css.cell} ${css.head}`}
                  style={{ fontWeight: s.id === worst ? 700 : 400 }}
                >
                  {resolveText(s.name, lang) || s.id}
                  {s.id === worst ? ` (${t.bottleneck})` : ""}
                </th>
                <td className={css.cell}>{n(stats?.p50)}</td>
                <td className={css.cell}>{n(stats?.p85)}</td>
                <td className={css.cell}>{n(s.slaDays)}</td>
                <td className={css.cell}>{rate(s.id)}</td>
                <td className={css.cell}>{analysis.wip[s.id]?.open ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Text variant="small">{f("bottleneckRule", { min: MIN_BOTTLENECK_STAYS })}</Text>
    </>
  );
}
