import {
  Checkbox,
  DefaultButton,
  Dropdown,
  IconButton,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Stack,
  Text,
  TextField,
  useTheme,
} from "@fluentui/react";
import { useEffect, useState } from "react";
import type { FieldDef, FieldType, NumberFormatKind } from "../../core/definition/types";
import type { ProcsheetError } from "../../core/result";
import { resolveText } from "../../core/text";
import { describe } from "../components/errors";
import { NumberField } from "../components/number-field";
import { textIn } from "../components/text-edit";
import { useStrings, type PlainKey } from "../i18n/use-strings";
import { useDraft } from "../session/draft-context";
import {
  choicesText,
  deleteField,
  moveField,
  parseChoices,
  renameField,
  setBound,
  setChoices,
  setFieldType,
  setHelp,
  setRequired,
} from "./field-edits";

export const TYPE_WORDS: Readonly<Record<FieldType, PlainKey>> = {
  text: "typeText",
  number: "typeNumber",
  date: "typeDate",
  datetime: "typeDatetime",
  choice: "typeChoice",
  person: "typePerson",
  boolean: "typeBoolean",
};

const FORMAT_WORDS: Readonly<Record<NumberFormatKind | "none", PlainKey>> = {
  none: "formatNone",
  money: "formatMoney",
  integer: "formatInteger",
  decimal: "formatDecimal",
  percent: "formatPercent",
};

/** Choices as typed, kept while they are being written (a trailing "|" must not vanish). */
function ChoicesField({ field }: { readonly field: FieldDef }) {
  const { t } = useStrings();
  const { edit } = useDraft();
  const [text, setText] = useState(choicesText(field.choices));
  useEffect(() => {
    setText((current) =>
      choicesText(parseChoices(current)) === choicesText(field.choices)
        ? current
        : choicesText(field.choices),
    );
  }, [field.choices]);
  return (
    <TextField
      label={t.fieldChoices}
      description={t.fieldChoicesHelp}
      multiline
      autoAdjustHeight
      value={text}
      onChange={(_e, v) => {
        setText(v ?? "");
        edit((d) => setChoices(d, field.key, parseChoices(v ?? "")));
      }}
    />
  );
}

export interface FieldCardProps {
  readonly field: FieldDef;
  readonly index: number;
  readonly count: number;
  /** The loader's problems with this field (`fields[i]…`), shown in the card as it is edited. */
  readonly problems: readonly ProcsheetError[];
}

/**
 * One field: its headers in both languages side by side, type, whether it is required, a number's format
 * and range, a choice's list, and help text — each change checked at once by the real loader.
 */
export function FieldCard({ field, index, count, problems }: FieldCardProps) {
  const { lang, t, f } = useStrings();
  const { edit } = useDraft();
  const theme = useTheme();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const name = resolveText(field.header, lang) || field.key;
  const key = field.key;
  const half = { root: { flex: "1 1 130px", minWidth: 0 } };
  return (
    <Stack
      tokens={{ childrenGap: 4 }}
      styles={{
        root: {
          border: `1px solid ${theme.semanticColors.inputBorder}`,
          borderRadius: 4,
          padding: "6px 10px",
        },
      }}
    >
      <Stack horizontal verticalAlign="center" horizontalAlign="space-between">
        <Text as="h3" styles={{ root: { fontWeight: 600, margin: 0, fontSize: 14 } }}>
          {name} <Text variant="small">· {t[TYPE_WORDS[field.type]]}</Text>
        </Text>
        <Stack horizontal role="group" aria-label={name}>
          <IconButton
            iconProps={{ iconName: "ChevronUp" }}
            ariaLabel={f("moveFieldUp", { field: name })}
            disabled={index === 0}
            onClick={() => edit((d) => moveField(d, key, -1))}
          />
          <IconButton
            iconProps={{ iconName: "ChevronDown" }}
            ariaLabel={f("moveFieldDown", { field: name })}
            disabled={index === count - 1}
            onClick={() => edit((d) => moveField(d, key, 1))}
          />
          <IconButton
            iconProps={{ iconName: "Edit" }}
            ariaLabel={f("editField", { field: name })}
            aria-expanded={open}
            onClick={() => setOpen((v) => !v)}
          />
          <IconButton
            iconProps={{ iconName: "Delete" }}
            ariaLabel={f("deleteField", { field: name })}
            onClick={() => setConfirming(true)}
          />
        </Stack>
      </Stack>
      {problems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {t.fieldProblems} {problems.map((p) => describe(p, lang)).join(" · ")}
        </MessageBar>
      )}
      {confirming && (
        <Stack tokens={{ childrenGap: 4 }} role="alertdialog" aria-label={f("deleteField", { field: name })}>
          <Text>{f("confirmDeleteField", { field: name })}</Text>
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={t.delete} onClick={() => edit((d) => deleteField(d, key))} />
            {/* eslint-disable-next-line jsx-a11y/no-autofocus -- focus moves to what the person just opened (Keep, the safe answer of the delete question) */}
            <DefaultButton text={t.keep} onClick={() => setConfirming(false)} autoFocus />
          </Stack>
        </Stack>
      )}
      {open && (
        <Stack tokens={{ childrenGap: 6 }}>
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            <TextField
              label={t.headerEn}
              lang="en"
              value={textIn(field.header, "en")}
              styles={half}
              // eslint-disable-next-line jsx-a11y/no-autofocus -- focus moves to what the person just opened (the field's editor)
              autoFocus
              onChange={(_e, v) => edit((d) => renameField(d, key, "en", v ?? ""))}
            />
            <TextField
              label={t.headerZh}
              lang="zh-CN"
              value={textIn(field.header, "zh-CN")}
              styles={half}
              onChange={(_e, v) => edit((d) => renameField(d, key, "zh-CN", v ?? ""))}
            />
          </Stack>
          <Text variant="small">{f("fieldKey", { key })}</Text>
          <Dropdown
            label={t.fieldType}
            selectedKey={field.type}
            options={(Object.keys(TYPE_WORDS) as FieldType[]).map((k) => ({
              key: k,
              text: t[TYPE_WORDS[k]],
            }))}
            onChange={(_e, o) => o && edit((d) => setFieldType(d, key, o.key as FieldType))}
          />
          <Checkbox
            label={t.fieldRequired}
            checked={field.required === true}
            onChange={(_e, v) => edit((d) => setRequired(d, key, Boolean(v)))}
          />
          {field.type === "number" && (
            <>
              <Dropdown
                label={t.numberFormat}
                selectedKey={field.format ?? "none"}
                options={(Object.keys(FORMAT_WORDS) as (NumberFormatKind | "none")[]).map((k) => ({
                  key: k,
                  text: t[FORMAT_WORDS[k]],
                }))}
                onChange={(_e, o) =>
                  o &&
                  edit((d) => ({
                    ...d,
                    fields: (d.fields ?? []).map((x) => {
                      if (x.key !== key) return x;
                      const { format: _old, ...rest } = x;
                      return o.key === "none" ? rest : { ...rest, format: o.key as NumberFormatKind };
                    }),
                  }))
                }
              />
              <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
                <Stack.Item styles={half}>
                  <NumberField
                    label={t.fieldMin}
                    value={field.min}
                    onChange={(n) => edit((d) => setBound(d, key, "min", n))}
                  />
                </Stack.Item>
                <Stack.Item styles={half}>
                  <NumberField
                    label={t.fieldMax}
                    value={field.max}
                    onChange={(n) => edit((d) => setBound(d, key, "max", n))}
                  />
                </Stack.Item>
              </Stack>
            </>
          )}
          {field.type === "choice" && <ChoicesField field={field} />}
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            <TextField
              label={t.helpEn}
              lang="en"
              multiline
              autoAdjustHeight
              styles={half}
              value={textIn(field.description, "en")}
              onChange={(_e, v) => edit((d) => setHelp(d, key, "en", v ?? ""))}
            />
            <TextField
              label={t.helpZh}
              lang="zh-CN"
              multiline
              autoAdjustHeight
              styles={half}
              value={textIn(field.description, "zh-CN")}
              onChange={(_e, v) => edit((d) => setHelp(d, key, "zh-CN", v ?? ""))}
            />
          </Stack>
          <DefaultButton
            text={t.done}
            onClick={() => setOpen(false)}
            styles={{ root: { alignSelf: "flex-start" } }}
          />
        </Stack>
      )}
    </Stack>
  );
}
