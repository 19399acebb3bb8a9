import { PrimaryButton, Stack, TextField } from "@fluentui/react";
import { useState } from "react";
import type { Text } from "../../core/text";
import { useStrings } from "../i18n/use-strings";
import { useDraft } from "../session/draft-context";
import { addStep, stepIdFor } from "./step-edits";

/** A new step at the end of the flow, named in either or both languages. */
export function AddStep() {
  const { t } = useStrings();
  const { edit } = useDraft();
  const [en, setEn] = useState("");
  const [zh, setZh] = useState("");
  const add = () => {
    const name: Text = {
      ...(en.trim() ? { en: en.trim() } : {}),
      ...(zh.trim() ? { "zh-CN": zh.trim() } : {}),
    };
    edit((d) => addStep(d, name, stepIdFor(d, en.trim())));
    setEn("");
    setZh("");
  };
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <TextField label={t.stepNameEn} lang="en" value={en} onChange={(_e, v) => setEn(v ?? "")} />
      <TextField label={t.stepNameZh} lang="zh-CN" value={zh} onChange={(_e, v) => setZh(v ?? "")} />
      <PrimaryButton
        text={t.addStep}
        iconProps={{ iconName: "Add" }}
        disabled={!en.trim() && !zh.trim()}
        onClick={add}
        styles={{ root: { alignSelf: "flex-start", marginTop: 4 } }}
      />
    </Stack>
  );
}
