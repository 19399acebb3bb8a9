import { DefaultButton, Stack, TextField } from "@fluentui/react";
import type { StepDef } from "../../core/definition/types";
import { NumberField } from "../components/number-field";
import { textIn } from "../components/text-edit";
import { useStrings } from "../i18n/use-strings";
import { useDraft } from "../session/draft-context";
import { renameStep, setStepSla } from "./step-edits";

/** Rename a step (both languages) and set its SLA, in place in the flow. */
export function StepEditor({ step, onDone }: { readonly step: StepDef; readonly onDone: () => void }) {
  const { t } = useStrings();
  const { edit } = useDraft();
  return (
    <Stack tokens={{ childrenGap: 4 }} styles={{ root: { marginTop: 8 } }}>
      <TextField
        label={t.stepNameEn}
        lang="en"
        // eslint-disable-next-line jsx-a11y/no-autofocus -- focus moves to what the person just opened (the step's editor)
        autoFocus
        value={textIn(step.name, "en")}
        onChange={(_e, v) => edit((d) => renameStep(d, step.id, "en", v ?? ""))}
      />
      <TextField
        label={t.stepNameZh}
        lang="zh-CN"
        value={textIn(step.name, "zh-CN")}
        onChange={(_e, v) => edit((d) => renameStep(d, step.id, "zh-CN", v ?? ""))}
      />
      <NumberField
        label={t.slaDays}
        value={step.slaDays}
        min={0}
        max={3650}
        suffix={t.workingDaysUnit}
        placeholder={t.noSla}
        onChange={(n) => edit((d) => setStepSla(d, step.id, n))}
      />
      <DefaultButton
        text={t.done}
        onClick={onDone}
        styles={{ root: { alignSelf: "flex-start", marginTop: 4 } }}
      />
    </Stack>
  );
}
