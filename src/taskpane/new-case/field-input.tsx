import { Checkbox, ComboBox, Dropdown, TextField } from "@fluentui/react";
import type { EntryProblem, FieldEntry } from "../../core/cases/new-case";
import type { FieldDef } from "../../core/definition/types";
import { resolveText } from "../../core/text";
import { useStrings } from "../i18n/use-strings";

export interface FieldInputProps {
  readonly field: FieldDef;
  readonly value: FieldEntry | undefined;
  readonly problem: EntryProblem | undefined;
  /** People a case can go to: role members and the people the workbook knows. */
  readonly people: readonly string[];
  readonly onChange: (value: FieldEntry) => void;
}

/** One field of the New case form, the input its type calls for, its help and its problem beside it. */
export function FieldInput({ field, value, problem, people, onChange }: FieldInputProps) {
  const { t, f, lang } = useStrings();
  const label = resolveText(field.header, lang) || field.key;
  const help = resolveText(field.description, lang) || undefined;
  const error = problem ? problemText(problem) : undefined;
  const common = {
    label,
    required: field.required === true,
    ...(help ? { description: help } : {}),
    ...(error ? { errorMessage: error } : {}),
  };
  const text = typeof value === "string" ? value : "";

  function problemText(p: EntryProblem): string {
    switch (p.kind) {
      case "required":
        return t.entryRequired;
      case "number":
        return f("entryNumber", { text: p.text });
      case "belowMin":
        return f("entryBelowMin", { min: p.min });
      case "aboveMax":
        return f("entryAboveMax", { max: p.max });
      case "date":
        return f("entryDate", { text: p.text });
      case "choice":
        return t.entryChoice;
    }
  }

  switch (field.type) {
    case "boolean":
      return <Checkbox label={label} checked={value === true} onChange={(_e, v) => onChange(Boolean(v))} />;
    case "choice":
      return (
        <Dropdown
          {...common}
          selectedKey={text === "" ? null : text}
          options={(field.choices ?? []).map((c) =>
            typeof c === "string"
              ? { key: c, text: c }
              : { key: c.value, text: resolveText(c.label, lang) || c.value },
          )}
          onChange={(_e, o) => onChange(o ? String(o.key) : "")}
        />
      );
    case "person":
      return (
        <ComboBox
          {...common}
          allowFreeform
          autoComplete="on"
          text={text}
          options={people.map((p) => ({ key: p, text: p }))}
          onChange={(_e, o, _i, typed) => onChange(o ? String(o.key) : (typed ?? ""))}
        />
      );
    case "date":
      return <TextField {...common} type="date" value={text} onChange={(_e, v) => onChange(v ?? "")} />;
    case "datetime":
      return (
        <TextField {...common} type="datetime-local" value={text} onChange={(_e, v) => onChange(v ?? "")} />
      );
    case "number":
      return (
        <TextField {...common} inputMode="decimal" value={text} onChange={(_e, v) => onChange(v ?? "")} />
      );
    default:
      return (
        <TextField
          {...common}
          multiline={field.multiline === true}
          {...(field.multiline ? { rows: 3, autoAdjustHeight: true } : {})}
          value={text}
          onChange={(_e, v) => onChange(v ?? "")}
        />
      );
  }
}
