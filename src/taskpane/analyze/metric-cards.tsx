import { Stack, Text } from "@fluentui/react";
import { enoughClosed, MIN_CLOSED_CASES, type Analysis } from "../../core/analysis/analyze";
import type { Goal } from "../../core/definition/types";
import { useStrings } from "../i18n/use-strings";
import { MetricCard } from "./metric-card";
import { durationVerdict, lastWeeks, rateVerdict, totalWip } from "./metrics";

/**
 * Cycle time, on-time rate, work in progress, throughput and forecast, each beside its goal. Below the
 * minimum of closed cases the figures are shown but not judged, and there is no forecast.
 */
export function MetricCards({
  analysis,
  goal,
}: {
  readonly analysis: Analysis;
  readonly goal: Goal | undefined;
}) {
  const { t, f, num, pct, date } = useStrings();
  const days = (n: number | null) => (n === null ? "—" : f("daysValue", { n: num(n) }));
  const cycle = analysis.cycleTimeDays;
  const target = goal?.targetCycleDays;
  const cycleTarget = target !== undefined ? f("targetDays", { n: num(target) }) : t.noTarget;
  const rateTarget = goal?.targetOnTimeRate;
  const wip = totalWip(analysis.wip);
  const weeks = lastWeeks(analysis.throughputPerWeek);
  const max = Math.max(1, ...weeks.map(([, n]) => n));
  const forecast = analysis.forecast;
  const closed = analysis.cases.closed;
  const judged = enoughClosed(analysis);
  const notJudged = judged ? {} : { notJudged: f("notEnough", { closed, min: MIN_CLOSED_CASES }) };
  const forecastShown = judged && forecast.dates;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <MetricCard
        title={t.cycleP50}
        value={days(cycle.p50)}
        verdict={durationVerdict(cycle.p50, target)}
        targetText={cycleTarget}
        {...notJudged}
      />
      <MetricCard
        title={t.cycleP85}
        value={days(cycle.p85)}
        verdict={durationVerdict(cycle.p85, target)}
        targetText={cycleTarget}
        {...notJudged}
      >
        <Text variant="small">
          {f("closedCases", { n: analysis.cases.closed, cancelled: analysis.cases.cancelled })}
        </Text>
      </MetricCard>
      <MetricCard
        title={t.onTimeRate}
        value={analysis.onTimeRate === null ? "—" : pct(analysis.onTimeRate)}
        verdict={rateVerdict(analysis.onTimeRate, rateTarget)}
        targetText={rateTarget !== undefined ? f("targetRate", { rate: pct(rateTarget) }) : t.noTarget}
        {...notJudged}
      />
      <MetricCard title={t.wip} value={String(wip.open)}>
        {wip.oldestAgeDays !== null && (
          <Text variant="small">{f("oldestAge", { days: num(wip.oldestAgeDays) })}</Text>
        )}
      </MetricCard>
      <MetricCard
        title={t.throughput}
        value={f("perWeek", { n: num(weeks.reduce((s, [, n]) => s + n, 0) / Math.max(1, weeks.length)) })}
      >
        <ul aria-label={t.throughputWeeks} style={{ listStyle: "none", margin: 0, padding: 0, fontSize: 12 }}>
          {weeks.map(([week, n]) => (
            <li key={week} style={{ display: "flex", alignItems: "center", gap: 6 }}>
              <span style={{ width: 64 }}>{week}</span>
              <span
                aria-hidden="true"
                style={{
                  display: "inline-block",
                  height: 8,
                  width: `${(n / max) * 120}px`,
                  background: "currentColor",
                  opacity: 0.6,
                }}
              />
              <span>{n}</span>
            </li>
          ))}
        </ul>
      </MetricCard>
      <MetricCard title={t.forecast} value={forecastShown ? date(forecastShown.p85) : "—"}>
        <Text variant="small">
          {forecastShown
            ? f("forecastDates", {
                open: forecast.openCases,
                p50: date(forecastShown.p50),
                p85: date(forecastShown.p85),
                p95: date(forecastShown.p95),
              })
            : !judged && forecast.openCases > 0
              ? f("forecastNotEnough", { closed, min: MIN_CLOSED_CASES })
              : t.forecastNone}
        </Text>
      </MetricCard>
    </Stack>
  );
}
