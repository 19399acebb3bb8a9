import { DefaultButton, FontIcon, Stack, Text } from "@fluentui/react";
import { useEffect, useState } from "react";
import type { CompiledProcess } from "../../core/process";
import { describeFailure, runRuleTests, type RuleTestOutcome } from "../../core/testing/rule-tests";
import { ExplanationView } from "../components/explanation-view";
import { useClock, useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";

/** The process's rule tests, run on the draft (so a rule can be tested before it is saved). */
export function RuleTestsPanel({
  process,
  nameOf,
}: {
  readonly process: CompiledProcess;
  readonly nameOf: (id: string) => string;
}) {
  const { lang, t, f } = useStrings();
  const clock = useClock();
  const excel = useExcel();
  const [outcomes, setOutcomes] = useState<RuleTestOutcome[] | undefined>();
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void (excel.ruleHost?.() ?? Promise.resolve(undefined))
      .then((rules) => runRuleTests(process, clock(), rules))
      .then((o) => live && setOutcomes(o));
    return () => {
      live = false;
    };
  }, [excel, process, clock, round]);

  if (!outcomes) return <Text>{t.runningTests}</Text>;
  const passed = outcomes.filter((o) => o.passed).length;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text role="status">
        {outcomes.length === 0 ? t.noTests : f("testsPassed", { passed, total: outcomes.length })}
      </Text>
      <ul style={{ listStyle: "none", margin: 0, padding: 0 }} aria-label={t.ruleTests}>
        {outcomes.map((o) => (
          <li key={o.index} style={{ padding: "4px 0" }}>
            <Stack horizontal tokens={{ childrenGap: 6 }} verticalAlign="baseline">
              <FontIcon iconName={o.passed ? "Completed" : "ErrorBadge"} aria-hidden="true" />
              <Text>
                <strong>{o.passed ? t.passed : t.failed}</strong> {o.name} ({nameOf(o.explanation.step)})
              </Text>
            </Stack>
            {!o.passed && (
              <Stack tokens={{ childrenGap: 4 }} styles={{ root: { paddingLeft: 20 } }}>
                <ul style={{ margin: 0, paddingLeft: 16 }}>
                  {o.problems.map((p, i) => (
                    <li key={i}>{describeFailure(p, lang)}</li>
                  ))}
                </ul>
                <ExplanationView
                  explanation={o.explanation}
                  nameOf={nameOf}
                  definition={process.definition}
                />
              </Stack>
            )}
          </li>
        ))}
      </ul>
      <DefaultButton
        text={t.runTests}
        iconProps={{ iconName: "TestBeaker" }}
        onClick={() => setRound((r) => r + 1)}
        styles={{ root: { alignSelf: "flex-start" } }}
      />
    </Stack>
  );
}
