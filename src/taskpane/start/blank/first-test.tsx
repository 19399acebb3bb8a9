import { Checkbox, DefaultButton, Dropdown, MessageBarType, Stack, Text, TextField } from "@fluentui/react";
import { useMemo, useState } from "react";
import { END, type FieldDef, type RuleRow, type RuleValue } from "../../../core/definition/types";
import type { CompiledProcess } from "../../../core/process";
import { resolveText } from "../../../core/text";
import { Note } from "../../components/error-bar";
import { ExplanationView } from "../../components/explanation-view";
import { useStrings } from "../../i18n/use-strings";
import { useExplanation } from "../../rules-editor/use-explanation";
import { useDraft } from "../../session/draft-context";

function choiceValue(c: NonNullable<FieldDef["choices"]>[number]): string {
  return typeof c === "string" ? c : c.value;
}

/** One field of the case being tried, as its type asks; empty means absent from the row. */
function FieldInput({
  field,
  value,
  onChange,
}: {
  readonly field: FieldDef;
  readonly value: RuleValue | undefined;
  readonly onChange: (v: RuleValue | undefined) => void;
}) {
  const { lang } = useStrings();
  const label = resolveText(field.header, lang) || field.key;
  if (field.type === "boolean")
    return (
      <Checkbox label={label} checked={value === true} onChange={(_e, v) => onChange(v ? true : undefined)} />
    );
  if (field.type === "choice")
    return (
      <Dropdown
        label={label}
        selectedKey={typeof value === "string" ? value : null}
        options={(field.choices ?? []).map((c) => ({
          key: choiceValue(c),
          text: typeof c === "string" ? c : resolveText(c.label, lang) || c.value,
        }))}
        onChange={(_e, o) => onChange(o ? String(o.key) : undefined)}
      />
    );
  return (
    <TextField
      label={label}
      value={value === undefined || value === null ? "" : String(value)}
      inputMode={field.type === "number" ? "decimal" : "text"}
      onChange={(_e, v) => {
        const text = (v ?? "").trim();
        if (text === "") return onChange(undefined);
        if (field.type !== "number") return onChange(v ?? "");
        const n = Number(text.replace(/,/g, ""));
        onChange(Number.isFinite(n) ? n : undefined);
      }}
    />
  );
}

/**
 * "A first test": a case as it might come, at a step; who the rules give it to and where it goes, with
 * the why; kept as a rule test that is checked whenever the rules change.
 */
export function FirstTest({ process }: { readonly process: CompiledProcess | undefined }) {
  const { lang, t, f } = useStrings();
  const { draft, edit } = useDraft();
  const steps = draft?.steps ?? [];
  const [stepId, setStepId] = useState(steps[0]?.id);
  const [row, setRow] = useState<Record<string, RuleValue>>({});
  const [kept, setKept] = useState<string | undefined>();
  const at = steps.some((s) => s.id === stepId) ? stepId : steps[0]?.id;
  const frozen = useMemo<RuleRow>(() => ({ ...row }), [row]);
  const { explanation } = useExplanation(process, frozen, at);
  const nameOf = (id: string) =>
    id === END ? t.end : resolveText(steps.find((s) => s.id === id)?.name, lang) || id;
  const keep = () => {
    if (!at || !explanation) return;
    const name = f("firstTestName", { step: nameOf(at) });
    const expect = {
      ...(explanation.owner ? { owner: explanation.owner.role ?? explanation.owner.person } : {}),
      ...(explanation.next !== undefined ? { next: explanation.next } : {}),
    };
    if (Object.keys(expect).length === 0) return;
    edit((d) => ({
      ...d,
      tests: [...(d.tests ?? []).filter((x) => x.name !== name), { name, step: at, row, expect }],
    }));
    setKept(name);
  };
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text variant="small">{t.testHelp}</Text>
      <Dropdown
        label={t.testStep}
        selectedKey={at ?? null}
        options={steps.map((s) => ({ key: s.id, text: nameOf(s.id) }))}
        onChange={(_e, o) => o && setStepId(String(o.key))}
      />
      {(draft?.fields ?? []).map((field) => (
        <FieldInput
          key={field.key}
          field={field}
          value={row[field.key]}
          onChange={(v) =>
            setRow((r) => {
              const { [field.key]: _old, ...rest } = r;
              return v === undefined ? rest : { ...rest, [field.key]: v };
            })
          }
        />
      ))}
      {explanation && process && (
        <div aria-live="polite" data-testid="first-test-result">
          <ExplanationView explanation={explanation} nameOf={nameOf} definition={process.definition} />
        </div>
      )}
      <DefaultButton
        text={t.keepTest}
        iconProps={{ iconName: "Add" }}
        disabled={!explanation || (!explanation.owner && explanation.next === undefined)}
        onClick={keep}
        styles={{ root: { alignSelf: "flex-start" } }}
      />
      {kept && (
        <Note result type={MessageBarType.success}>
          {f("testKept", { name: kept })}
        </Note>
      )}
    </Stack>
  );
}
