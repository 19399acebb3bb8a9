import { Link, Stack, Text } from "@fluentui/react";
import { resolveText } from "../../core/text";
import { NoProcess } from "../components/no-process";
import { NumberField } from "../components/number-field";
import { SaveBar } from "../components/save-bar";
import { Section } from "../components/section";
import { useStrings } from "../i18n/use-strings";
import { setStepSla } from "../map/step-edits";
import { useNavigation } from "../navigation";
import { useDraft } from "../session/draft-context";
import { CalendarEditor } from "./calendar-editor";
import { GoalFields } from "./goal-fields";

/**
 * Step 1 of the loop: what the process is for and how fast it should be, per process and per step, and
 * the working days its due dates count.
 */
export function GoalsView() {
  const { lang, t } = useStrings();
  const { draft, edit } = useDraft();
  const { go } = useNavigation();
  if (!draft) return <NoProcess />;
  return (
    <Stack>
      <SaveBar />
      <Section title={t.goalTitle}>
        <GoalFields />
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
      <Section title={t.calendarTitle}>
        <CalendarEditor />
      </Section>
      <Text variant="small" styles={{ root: { marginTop: 16 } }}>
        {t.goalsMeasuredIn} <Link onClick={() => go("analyze")}>{t.tabAnalyze}</Link>
      </Text>
    </Stack>
  );
}
