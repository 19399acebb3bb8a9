import { Link, Stack, Text, TextField } from "@fluentui/react";
import { resolveText } from "../../core/text";
import { NoProcess } from "../components/no-process";
import { NumberField } from "../components/number-field";
import { SaveBar } from "../components/save-bar";
import { Section } from "../components/section";
import { textIn } from "../components/text-edit";
import { useStrings } from "../i18n/use-strings";
import { setStepSla } from "../map/step-edits";
import { useNavigation } from "../navigation";
import { useSession } from "../session/session-context";
import { setGoalStatement, setOnTimeTarget, setTargetCycleDays } from "./goal-edits";

/** Step 1 of the loop: what the process is for and how fast it should be, per process and per step. */
export function GoalsView() {
  const { lang, t } = useStrings();
  const { draft, edit } = useSession();
  const { go } = useNavigation();
  if (!draft) return <NoProcess />;
  const goal = draft.goal;
  const rate = goal?.targetOnTimeRate;
  return (
    <Stack>
      <SaveBar />
      <Section title={t.goalTitle}>
        <TextField
          label={t.goalStatementEn}
          multiline
          autoAdjustHeight
          lang="en"
          value={textIn(goal?.statement, "en")}
          onChange={(_e, v) => edit((d) => setGoalStatement(d, "en", v ?? ""))}
        />
        <TextField
          label={t.goalStatementZh}
          multiline
          autoAdjustHeight
          lang="zh-CN"
          value={textIn(goal?.statement, "zh-CN")}
          onChange={(_e, v) => edit((d) => setGoalStatement(d, "zh-CN", v ?? ""))}
        />
        <NumberField
          label={t.targetCycleDays}
          value={goal?.targetCycleDays}
          min={0.1}
          suffix={t.daysUnit}
          onChange={(n) => edit((d) => setTargetCycleDays(d, n))}
        />
        <NumberField
          label={t.onTimeTarget}
          value={rate === undefined ? undefined : Math.round(rate * 1000) / 10}
          min={0}
          max={100}
          suffix="%"
          onChange={(n) => edit((d) => setOnTimeTarget(d, n === undefined ? undefined : n / 100))}
        />
      </Section>
      <Section title={t.slaTitle}>
        <Text variant="small">{t.slaHelp}</Text>
        {draft.steps.map((s) => (
          <NumberField
            key={s.id}
            label={resolveText(s.name, lang)}
            value={s.slaDays}
            min={0}
            max={3650}
            suffix={t.workingDaysUnit}
            placeholder={t.noSla}
            onChange={(n) => edit((d) => setStepSla(d, s.id, n))}
          />
        ))}
      </Section>
      <Text variant="small" styles={{ root: { marginTop: 16 } }}>
        {t.goalsMeasuredIn} <Link onClick={() => go("analyze")}>{t.tabAnalyze}</Link>
      </Text>
    </Stack>
  );
}
