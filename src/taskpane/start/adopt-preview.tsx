import {
  DefaultButton,
  Dropdown,
  PrimaryButton,
  Spinner,
  Stack,
  Text,
  type IDropdownOption,
} from "@fluentui/react";
import { useMemo, useState } from "react";
import type { ProcessDefinition } from "../../core/definition/types";
import type { Lang } from "../../words/lang";
import type { AdoptPreview } from "../../excel/api-types";
import { ProblemList } from "../components/error-bar";
import { useStrings } from "../i18n/use-strings";
import {
  columnsRecord,
  duplicateKeys,
  initialChoices,
  keyOptions,
  LEAVE_ALONE,
  systemColumnsToAdd,
} from "./column-mapping";
import { RegisterLangDropdown } from "./lang-dropdown";

/** Fluent's Dropdown does not select an option keyed "", so "leave alone" has its own key on screen. */
const NONE = "(none)";
const toUi = (key: string) => (key === LEAVE_ALONE ? NONE : key);
const fromUi = (key: string) => (key === NONE ? LEAVE_ALONE : key);

export interface AdoptPreviewViewProps {
  readonly preview: AdoptPreview;
  readonly definition: ProcessDefinition;
  readonly busy: boolean;
  readonly onConfirm: (columns: Record<string, string>, lang: Lang) => void;
  readonly onCancel: () => void;
}

/**
 * What adopting the sheet would do, before anything changes: the headers with the guessed mapping as
 * editable choices, the rows (and how many lack an ID), the columns to add, and problems naming cells.
 */
export function AdoptPreviewView({ preview, definition, busy, onConfirm, onCancel }: AdoptPreviewViewProps) {
  const { lang, t, f } = useStrings();
  const [choices, setChoices] = useState(() => initialChoices(preview.headers, preview.guesses));
  const [registerLang, setRegisterLang] = useState<Lang>(preview.lang ?? lang);
  const options = useMemo<IDropdownOption[]>(
    () => [
      { key: NONE, text: t.leaveAlone },
      ...keyOptions(definition.fields ?? [], lang).map((o) => ({
        key: o.key,
        text: o.system ? f("systemColumn", { name: o.label }) : o.label,
      })),
    ],
    [definition, lang, t, f],
  );
  const labelOf = (key: string) => options.find((o) => o.key === key)?.text ?? key;
  const duplicates = duplicateKeys(choices);
  const toAdd = systemColumnsToAdd(choices);
  const blocked = preview.problems.length > 0 || duplicates.length > 0;

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text>
        {f("adoptWhere", { sheet: preview.sheetName, address: preview.address })}
        {preview.tableName ? ` ${f("adoptTable", { table: preview.tableName })}` : ""}
      </Text>
      <Text>{f("adoptRows", { rows: preview.rowCount, withoutId: preview.rowsWithoutId })}</Text>
      <ProblemList problems={preview.problems} title={t.adoptProblems} />
      {preview.notes?.includes("mergedCellsNotChecked") && (
        <Text variant="small">{t.adoptMergedNotChecked}</Text>
      )}
      <Text as="h3" variant="medium" styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {t.adoptColumns}
      </Text>
      {preview.headers.map((header, i) => {
        const key = choices[i] ?? LEAVE_ALONE;
        return (
          <Dropdown
            key={`${i}-${header}`}
            label={header || f("blankHeader", { n: i + 1 })}
            selectedKey={toUi(key)}
            options={options}
            onChange={(_e, o) =>
              o && setChoices((c) => c.map((v, j) => (j === i ? fromUi(String(o.key)) : v)))
            }
            {...(key !== LEAVE_ALONE && duplicates.includes(key)
              ? { errorMessage: f("duplicateColumn", { key: labelOf(key) }) }
              : {})}
          />
        );
      })}
      <Text>
        {toAdd.length > 0
          ? f("columnsToAdd", { columns: toAdd.map(labelOf).join(t.listSeparator) })
          : t.noColumnsToAdd}
      </Text>
      <RegisterLangDropdown value={registerLang} onChange={setRegisterLang} />
      {busy ? (
        <Spinner label={t.adopting} />
      ) : (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton
            text={t.confirmAdopt}
            disabled={blocked}
            onClick={() => onConfirm(columnsRecord(preview.headers, choices), registerLang)}
          />
          <DefaultButton text={t.cancel} onClick={onCancel} />
        </Stack>
      )}
    </Stack>
  );
}
