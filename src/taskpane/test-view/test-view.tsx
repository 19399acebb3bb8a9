import { Stack } from "@fluentui/react";
import { END } from "../../core/definition/types";
import { resolveText } from "../../core/text";
import { ProblemList } from "../components/error-bar";
import { NoProcess } from "../components/no-process";
import { SaveBar } from "../components/save-bar";
import { Section } from "../components/section";
import { useCompiled } from "../components/use-compiled";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
import { AddTestPanel } from "./add-test-panel";
import { BacktestPanel } from "./backtest-panel";
import { DryRunPanel } from "./dry-run-panel";
import { RuleTestsPanel } from "./rule-tests-panel";

/**
 * Step 4 of the loop: rule tests, the unsaved edits tried on past cases, new tests from real rows, and a
 * dry run of the sync.
 */
export function TestView() {
  const { lang, t } = useStrings();
  const { binding, draft } = useSession();
  const compiled = useCompiled(draft);
  if (!binding || !draft || !compiled) return <NoProcess />;
  const names = new Map(draft.steps.map((s) => [s.id, resolveText(s.name, lang) || s.id]));
  const nameOf = (id: string) => (id === END ? t.end : (names.get(id) ?? id));
  return (
    <Stack>
      <SaveBar />
      <Section title={t.ruleTests}>
        {compiled.ok ? (
          <RuleTestsPanel process={compiled.value} nameOf={nameOf} />
        ) : (
          <ProblemList problems={compiled.error} title={t.fixToTest} />
        )}
      </Section>
      {compiled.ok && (
        <Section title={t.pastTitle}>
          <BacktestPanel binding={binding} draft={compiled.value} />
        </Section>
      )}
      {compiled.ok && (
        <Section title={t.addTestTitle}>
          <AddTestPanel binding={binding} process={compiled.value} nameOf={nameOf} />
        </Section>
      )}
      <Section title={t.dryRunTitle}>
        <DryRunPanel binding={binding} />
      </Section>
    </Stack>
  );
}
