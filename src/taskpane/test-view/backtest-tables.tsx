import type { BacktestResult } from "../../core/backtest/backtest";
import type { ProcessDefinition } from "../../core/definition/types";
import { useFigureTableCss } from "../components/figure-table";
import { useStrings } from "../i18n/use-strings";

/** The header row both tables share: what a row is about, then the saved process and the draft. */
function SavedDraftHead({
  first,
  css,
}: {
  readonly first: string;
  readonly css: ReturnType<typeof useFigureTableCss>;
}) {
  const { t } = useStrings();
  return (
    <thead>
      <tr>
        <th scope="col" className={`${css.cell} ${css.head}`}>
          {first}
        </th>
        <th scope="col" className={css.cell}>
          {t.pastSaved}
        </th>
        <th scope="col" className={css.cell}>
          {t.pastDraft}
        </th>
      </tr>
    </thead>
  );
}

/** Step visits per assignee under the saved process and the draft, the biggest shifts first. */
export function LoadTable({
  result,
  name,
}: {
  readonly result: BacktestResult;
  readonly name: (assignee: string) => string;
}) {
  const { t } = useStrings();
  const css = useFigureTableCss(400);
  const rows = Object.entries(result.byAssignee).sort(
    ([, a], [, b]) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before),
  );
  if (rows.length === 0) return null;
  return (
    <table className={css.table}>
      <caption style={{ textAlign: "left", fontWeight: 600, paddingBottom: 4 }}>{t.pastLoad}</caption>
      <SavedDraftHead first={t.pastAssignee} css={css} />
      <tbody>
        {rows.map(([who, n]) => (
          <tr key={who} className={n.before !== n.after ? css.changed : undefined}>
            <th scope="row" className={`${css.cell} ${css.head}`}>
              {name(who)}
            </th>
            <td className={css.cell}>{n.before}</td>
            <td className={css.cell}>{n.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The on-time rate of each step over History under the saved SLA days and under the draft's. */
export function OnTimeTable({
  result,
  saved,
  draft,
  step,
}: {
  readonly result: BacktestResult;
  readonly saved: ProcessDefinition;
  readonly draft: ProcessDefinition;
  readonly step: (id: string) => string;
}) {
  const { t, f, pct } = useStrings();
  const css = useFigureTableCss(400);
  const ids = Object.keys({ ...result.onTime.before, ...result.onTime.after });
  if (ids.length === 0) return null;
  const cell = (def: ProcessDefinition, rates: Readonly<Record<string, number | null>>, id: string) => {
    const sla = def.steps.find((s) => s.id === id)?.slaDays;
    if (sla === undefined) return "—";
    const r = rates[id];
    return `${f("pastSla", { days: sla })} · ${r === undefined || r === null ? "—" : pct(r)}`;
  };
  return (
    <table className={css.table}>
      <caption style={{ textAlign: "left", fontWeight: 600, paddingBottom: 4 }}>{t.pastOnTime}</caption>
      <SavedDraftHead first={t.step} css={css} />
      <tbody>
        {ids.map((id) => {
          const before = cell(saved, result.onTime.before, id);
          const after = cell(draft, result.onTime.after, id);
          return (
            <tr key={id} className={before !== after ? css.changed : undefined}>
              <th scope="row" className={`${css.cell} ${css.head}`}>
                {step(id)}
              </th>
              <td className={css.cell}>{before}</td>
              <td className={css.cell}>{after}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
