import { Dropdown, PrimaryButton, Stack, Text, TextField } from "@fluentui/react";
import { useState } from "react";
import type { FieldType } from "../../core/definition/types";
import type { ProcsheetError } from "../../core/result";
import type { Text as Words } from "../../core/text";
import { useCompiled } from "../components/use-compiled";
import { useStrings } from "../i18n/use-strings";
import { useDraft } from "../session/draft-context";
import { addField, fieldKeyFor } from "./field-edits";
import { FieldCard, TYPE_WORDS } from "./field-card";

/** The loader's problems that belong to field `index`. */
function problemsOf(problems: readonly ProcsheetError[], index: number): ProcsheetError[] {
  const prefix = `fields[${index}]`;
  return problems.filter((p) => p.path === prefix || p.path?.startsWith(`${prefix}.`));
}

function AddField() {
  const { t } = useStrings();
  const { edit } = useDraft();
  const [en, setEn] = useState("");
  const [zh, setZh] = useState("");
  const [type, setType] = useState<FieldType>("text");
  const half = { root: { flex: "1 1 130px", minWidth: 0 } };
  const add = () => {
    const header: Words = {
      ...(en.trim() ? { en: en.trim() } : {}),
      ...(zh.trim() ? { "zh-CN": zh.trim() } : {}),
    };
    edit((d) => addField(d, header, type, fieldKeyFor(d, en.trim())));
    setEn("");
    setZh("");
  };
  return (
    <Stack as="section" aria-label={t.addFieldTitle} tokens={{ childrenGap: 4 }}>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <TextField
          label={t.headerEn}
          lang="en"
          value={en}
          styles={half}
          onChange={(_e, v) => setEn(v ?? "")}
        />
        <TextField
          label={t.headerZh}
          lang="zh-CN"
          value={zh}
          styles={half}
          onChange={(_e, v) => setZh(v ?? "")}
        />
      </Stack>
      <Dropdown
        label={t.fieldType}
        selectedKey={type}
        options={(Object.keys(TYPE_WORDS) as FieldType[]).map((k) => ({ key: k, text: t[TYPE_WORDS[k]] }))}
        onChange={(_e, o) => o && setType(o.key as FieldType)}
      />
      <PrimaryButton
        text={t.addField}
        iconProps={{ iconName: "Add" }}
        disabled={!en.trim() && !zh.trim()}
        onClick={add}
        styles={{ root: { alignSelf: "flex-start", marginTop: 4 } }}
      />
    </Stack>
  );
}

/** The fields each case records: add, rename (both languages side by side), reorder, delete, and their details. */
export function FieldsEditor() {
  const { t } = useStrings();
  const { draft } = useDraft();
  const compiled = useCompiled(draft);
  const problems = compiled && !compiled.ok ? compiled.error : [];
  const fields = draft?.fields ?? [];
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text variant="small">{t.fieldsHelp}</Text>
      <ol
        aria-label={t.fieldsList}
        style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 8 }}
      >
        {fields.map((field, i) => (
          <li key={field.key}>
            <FieldCard field={field} index={i} count={fields.length} problems={problemsOf(problems, i)} />
          </li>
        ))}
      </ol>
      <AddField />
    </Stack>
  );
}
