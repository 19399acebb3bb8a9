import { Stack, TextField } from "@fluentui/react";
import { NumberField } from "../components/number-field";
import { textIn } from "../components/text-edit";
import { useStrings } from "../i18n/use-strings";
import { useDraft } from "../session/draft-context";
import { setGoalStatement, setOnTimeTarget, setTargetCycleDays } from "./goal-edits";

const half = { root: { flex: "1 1 130px", minWidth: 0 } };

/** The goal: its statement in English and Chinese side by side, the target cycle time and on-time rate. */
export function GoalFields() {
  const { t } = useStrings();
  const { draft, edit } = useDraft();
  const goal = draft?.goal;
  const rate = goal?.targetOnTimeRate;
  return (
    <Stack tokens={{ childrenGap: 6 }}>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <TextField
          label={t.goalStatementEn}
          multiline
          autoAdjustHeight
          lang="en"
          styles={half}
          value={textIn(goal?.statement, "en")}
          onChange={(_e, v) => edit((d) => setGoalStatement(d, "en", v ?? ""))}
        />
        <TextField
          label={t.goalStatementZh}
          multiline
          autoAdjustHeight
          lang="zh-CN"
          styles={half}
          value={textIn(goal?.statement, "zh-CN")}
          onChange={(_e, v) => edit((d) => setGoalStatement(d, "zh-CN", v ?? ""))}
        />
      </Stack>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <Stack.Item styles={half}>
          <NumberField
            label={t.targetCycleDays}
            value={goal?.targetCycleDays}
            min={0.1}
            suffix={t.daysUnit}
            onChange={(n) => edit((d) => setTargetCycleDays(d, n))}
          />
        </Stack.Item>
        <Stack.Item styles={half}>
          <NumberField
            label={t.onTimeTarget}
            value={rate === undefined ? undefined : Math.round(rate * 1000) / 10}
            min={0}
            max={100}
            suffix="%"
            onChange={(n) => edit((d) => setOnTimeTarget(d, n === undefined ? undefined : n / 100))}
          />
        </Stack.Item>
      </Stack>
    </Stack>
  );
}
