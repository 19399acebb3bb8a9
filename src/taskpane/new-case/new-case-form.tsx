import { DefaultButton, MessageBarType, PrimaryButton, Stack, Text } from "@fluentui/react";
import { useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { checkNewCase, defaultEntries, type EntryProblem, type FieldEntry } from "../../core/cases/new-case";
import { separatorsOf } from "../../core/register/number-text";
import type { ProcsheetError } from "../../core/result";
import { resolveText } from "../../core/text";
import type { NewCase } from "../../excel/api-types";
import type { ProcessBinding } from "../../workbook/binding";
import { ErrorBar, Note } from "../components/error-bar";
import { unexpectedError } from "../components/errors";
import { peopleIn } from "../components/people";
import { useWorkbookPeople, withPeopleNames } from "../components/use-workbook-people";
import { useCompiled } from "../components/use-compiled";
import { useAutomation, useClock, useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";
import { FieldInput } from "./field-input";

/**
 * The front door for new cases: a form made from the process's fields, checked field by field before
 * anything is written (the problem beside its field), then added below the register and routed in the
 * same operation. Enter adds, Esc clears; the answer says where the case went and offers another.
 */
export function NewCaseForm({ binding }: { readonly binding: ProcessBinding }) {
  const { t, f, lang, day } = useStrings();
  const excel = useExcel();
  const clock = useClock();
  const automation = useAutomation();
  const compiled = useCompiled(binding.definition);
  const process = compiled?.ok ? compiled.value : undefined;
  const start = (): Record<string, FieldEntry> => (process ? defaultEntries(process) : {});
  const [entries, setEntries] = useState<Record<string, FieldEntry>>(start);
  const [problems, setProblems] = useState<Readonly<Record<string, EntryProblem>>>({});
  const [added, setAdded] = useState<NewCase | undefined>();
  const [error, setError] = useState<ProcsheetError | undefined>();
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLDivElement>(null);
  const workbookPeople = useWorkbookPeople();
  if (!process) return null;
  const people = withPeopleNames(peopleIn(binding.definition), workbookPeople.people);
  const fields = binding.definition.fields ?? [];

  const clear = (): void => {
    setEntries(start());
    setProblems({});
    setAdded(undefined);
    setError(undefined);
    first.current?.querySelector<HTMLElement>("input, textarea, [role=combobox]")?.focus();
  };

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (busy) return;
    const numbers = separatorsOf(lang === "zh-CN" ? "zh-CN" : "en-US");
    const checked = checkNewCase(process, entries, numbers);
    setProblems(checked.problems);
    setAdded(undefined);
    setError(undefined);
    if (Object.keys(checked.problems).length > 0) return;
    setBusy(true);
    try {
      const routing = binding.automatic && automation ? automation.identity() : undefined;
      const r = await excel.addCase(binding, checked.row, clock(), routing);
      if (r.ok) setAdded(r.value);
      else setError(r.error);
    } catch (err) {
      setError(unexpectedError(err));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === "Escape" && !e.defaultPrevented) {
      e.preventDefault();
      clear();
    }
  };

  const stepOf = (name: string | undefined): string =>
    name ?? (resolveText(binding.definition.steps[0]?.name, lang) || binding.definition.steps[0]?.id) ?? "";
  const problemCount = Object.keys(problems).length;
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Esc pressed in any field bubbles here and clears the form; the form takes no focus
    <form onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} aria-label={t.newCase} noValidate>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text variant="small">{t.newCaseIntro}</Text>
        <div ref={first}>
          <Stack tokens={{ childrenGap: 8 }}>
            {fields.map((field) => (
              <FieldInput
                key={field.key}
                field={field}
                value={entries[field.key]}
                problem={problems[field.key]}
                people={people}
                onChange={(v) => setEntries((x) => ({ ...x, [field.key]: v }))}
              />
            ))}
          </Stack>
        </div>
        {problemCount > 0 && (
          <Text role="alert" styles={{ root: { fontWeight: 600 } }}>
            {f("newCaseFix", { n: problemCount })}
          </Text>
        )}
        {error && <ErrorBar error={error} onDismiss={() => setError(undefined)} />}
        {added && (
          <Note result type={added.error ? MessageBarType.warning : MessageBarType.success}>
            <span>
              {added.routedBy !== undefined
                ? added.routedBy
                  ? f("newCaseRoutedElsewhere", { name: added.routedBy })
                  : t.newCaseRoutedElsewhereNoName
                : added.error
                  ? f("newCaseRowError", { problem: added.error.message })
                  : added.due
                    ? f("newCaseAdded", {
                        id: added.id,
                        owner: added.owner ?? "",
                        due: day(added.due),
                        step: stepOf(added.step),
                      })
                    : f("newCaseAddedNoDue", {
                        id: added.id,
                        owner: added.owner ?? "",
                        step: stepOf(added.step),
                      })}
            </span>
          </Note>
        )}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          {added ? (
            <PrimaryButton text={t.newCaseAnother} onClick={clear} iconProps={{ iconName: "Add" }} />
          ) : (
            <PrimaryButton
              type="submit"
              text={t.newCaseAdd}
              disabled={busy}
              iconProps={{ iconName: "Add" }}
            />
          )}
          <DefaultButton text={t.newCaseClear} onClick={clear} disabled={busy} />
        </Stack>
        <Text variant="small">{t.newCaseKeys}</Text>
      </Stack>
    </form>
  );
}
