import { DefaultButton, MessageBarType, PrimaryButton, Spinner, Stack, Text } from "@fluentui/react";
import type { ChartReport } from "../../excel/api-types";
import type { ProcessBinding } from "../../workbook/binding";
import { resolveText } from "../../core/text";
import { ErrorBar, Note } from "../components/error-bar";
import { NoProcess } from "../components/no-process";
import { Section } from "../components/section";
import { useAction } from "../components/use-action";
import { useClock, useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
import { BreachesList } from "./breaches-list";
import { ExportLogPanel } from "./export-log-panel";
import { MetricCards } from "./metric-cards";
import { StepTable } from "./step-table";
import { useAnalysis } from "./use-analysis";

function Measured({ binding }: { readonly binding: ProcessBinding }) {
  const { lang, t, f } = useStrings();
  const excel = useExcel();
  const clock = useClock();
  const analysis = useAnalysis(binding);
  const charts = useAction<ChartReport>();
  const goal = binding.definition.goal;
  const statement = resolveText(goal?.statement, lang);
  const steps = binding.definition.steps;
  const nameOf = (id: string): string => resolveText(steps.find((s) => s.id === id)?.name, lang) || id;
  return (
    <Stack>
      <Section title={t.goalTitle}>
        <Text>{statement || t.noGoalStatement}</Text>
      </Section>
      <Section title={t.measured}>
        {analysis.busy && <Spinner label={t.analysing} />}
        {analysis.error && <ErrorBar error={analysis.error} onDismiss={analysis.reset} />}
        {analysis.value && (
          <>
            {analysis.value.datesFromRegister.length > 0 && (
              <Note>{f("datesFromRegister", { count: analysis.value.datesFromRegister.length })}</Note>
            )}
            <MetricCards analysis={analysis.value} goal={goal} />
            <StepTable analysis={analysis.value} steps={steps} />
          </>
        )}
        <DefaultButton
          text={t.refresh}
          onClick={analysis.refresh}
          disabled={analysis.busy}
          styles={{ root: { alignSelf: "flex-start" } }}
        />
      </Section>
      {analysis.value && (
        <Section title={t.breachesTitle}>
          <BreachesList analysis={analysis.value} nameOf={nameOf} />
        </Section>
      )}
      <Section title={t.chartsTitle}>
        <Text variant="small">{t.chartsHelp}</Text>
        <PrimaryButton
          text={charts.busy ? t.buildingCharts : t.buildCharts}
          iconProps={{ iconName: "BarChartVertical" }}
          disabled={charts.busy}
          onClick={() => void charts.run(() => excel.buildCharts(binding, clock(), lang))}
          styles={{ root: { alignSelf: "flex-start" } }}
        />
        {charts.error && <ErrorBar error={charts.error} onDismiss={charts.reset} />}
        {charts.value && (
          <Note result type={MessageBarType.success}>
            {f("chartsBuilt", { n: charts.value.charts.length, sheet: charts.value.sheetName })}
            <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
              {[...charts.value.charts, ...charts.value.notes].map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          </Note>
        )}
      </Section>
      <Section title={t.exportLogTitle}>
        <ExportLogPanel binding={binding} />
      </Section>
    </Stack>
  );
}

/** Step 6 of the loop: the process measured from its History, beside its goals; charts into the workbook. */
export function AnalyzeView() {
  const { binding } = useSession();
  if (!binding) return <NoProcess />;
  return <Measured key={`${binding.id}#${binding.version}`} binding={binding} />;
}
